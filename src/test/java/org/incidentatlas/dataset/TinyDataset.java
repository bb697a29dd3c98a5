package org.incidentatlas.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A dataset of one article (with its text file) and one or more incidents, written as text so that a test can
 * put any bytes anywhere in it. Valid as it stands.
 */
final class TinyDataset {

    static final String ARTICLE_TEXT = "On 2 January 2020 a drone struck the depot at Kirkuk. Two guards were hurt.\n";

    final Path folder;
    final Path file;
    String articleId = "a1";
    String textPath = "articles/a1.txt";
    String articleExtra = "";

    TinyDataset(Path folder) throws IOException {
        this.folder = folder;
        this.file = folder.resolve("d.json");
        Files.createDirectories(folder.resolve("articles"));
        Files.writeString(folder.resolve("articles/a1.txt"), ARTICLE_TEXT);
    }

    /** An incident record as JSON text with the given id, title and quote text (already JSON-escaped). */
    static String incident(String id, String title, String quote) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"type\":\"attack\",\"dateStart\":\"2020-01-02\","
                + "\"dateEnd\":\"2020-01-02\",\"datePrecision\":\"day\",\"place\":\"Kirkuk\",\"province\":null,"
                + "\"lat\":35.4,\"lon\":44.4,\"geoPrecision\":\"town\",\"uncertaintyKm\":null,\"actors\":[],"
                + "\"killed\":null,\"injured\":null,\"summary\":\"A drone struck a depot.\",\"quotes\":[{\"article\":\"a1\","
                + "\"text\":\"" + quote + "\"}],\"tags\":[],\"notes\":null}";
    }

    String json(String... incidents) {
        return "{\n\"format\":\"incident-atlas/1\",\"title\":\"Tiny\",\n\"articles\":[{\"id\":\"" + articleId
                + "\",\"outlet\":null,\"title\":null,\"published\":null,\"url\":null,\"text\":"
                + (textPath == null ? "null" : "\"" + textPath + "\"") + articleExtra + "}],\n\"centers\":[],\n\"incidents\":[\n"
                + String.join(",\n", incidents) + "\n]}\n";
    }

    /** Writes the dataset with these incidents (the default one when none is given) and returns its file. */
    Path write(String... incidents) throws IOException {
        String[] records = incidents.length == 0
                ? new String[] {incident("i1", "Drone strike on a depot", "a drone struck the depot")} : incidents;
        return write(json(records).getBytes(StandardCharsets.UTF_8));
    }

    Path write(byte[] bytes) throws IOException {
        Files.write(file, bytes);
        return file;
    }
}
