package org.incidentatlas.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Dataset;

/**
 * Refuses an output that is one of the files the same action reads: writing a CSV export over its own dataset,
 * or an import over its own CSV, would destroy the input. The check compares file identity (device and inode
 * where the file system has them), so another spelling ({@code ./d.json}, {@code a/../d.json}), a symbolic link
 * or a hard link to an input is caught too. The command line and the window's save dialogs both call it before
 * anything is written.
 */
public final class OutputGuard {

    /**
     * A file or folder an action reads.
     *
     * @param role what it is, in words that fit "it is {role} (path)": "the dataset", "the CSV being imported"
     */
    public record Input(Path path, String role) {
        public Input {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(role, "role");
        }
    }

    /** Writing the output would overwrite an input; {@link #reason()} says which, for "cannot write X: reason". */
    public static final class OutputIsInputException extends IOException {
        private final String reason;

        OutputIsInputException(Path target, String reason) {
            super(target + ": " + reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private OutputGuard() {
    }

    /**
     * Why {@code target} must not be written because it is one of {@code inputs}, or empty when it is none of
     * them. A target that does not exist yet is no input. A target that cannot be examined is left to the
     * writer, which then fails with its own reason.
     */
    public static Optional<String> conflict(Path target, Collection<Input> inputs) {
        BasicFileAttributes targetAttributes = attributes(target);
        if (targetAttributes == null) {
            return Optional.empty();
        }
        for (Input input : inputs) {
            if (isSame(target, targetAttributes, input.path())) {
                return Optional.of(describe(target, input));
            }
        }
        return Optional.empty();
    }

    /** @throws OutputIsInputException when {@code target} is one of {@code inputs} (see {@link #conflict}) */
    public static void check(Path target, Collection<Input> inputs) throws OutputIsInputException {
        Optional<String> why = conflict(target, inputs);
        if (why.isPresent()) {
            throw new OutputIsInputException(target, why.get());
        }
    }

    /**
     * What an action on {@code d} reads: the dataset file, each article's stored text, and the folders below
     * the dataset's folder that hold those texts (an articles folder replaced by a file loses every text).
     */
    public static List<Input> inputsOf(Dataset d) {
        List<Input> inputs = new ArrayList<>();
        if (d.file() == null) {
            return inputs;
        }
        Path file = d.file().toAbsolutePath().normalize();
        inputs.add(new Input(file, "the dataset"));
        Path folder = file.getParent();
        Set<Path> textFolders = new LinkedHashSet<>();
        for (Article a : d.articles()) {
            Path text = textFile(folder, a.textPath());
            if (text == null) {
                continue;
            }
            inputs.add(new Input(text, "the stored text of article \"" + a.id() + "\""));
            for (Path p = text.getParent(); p != null && !p.equals(folder) && p.startsWith(folder); p = p.getParent()) {
                textFolders.add(p);
            }
        }
        for (Path p : textFolders) {
            inputs.add(new Input(p, "a folder of the dataset's article texts"));
        }
        return inputs;
    }

    /** The text's file inside the dataset's folder, or null when there is none or it points outside (never read). */
    private static Path textFile(Path folder, String relative) {
        if (relative == null || folder == null) {
            return null;
        }
        try {
            Path p = folder.resolve(relative).normalize();
            return p.startsWith(folder) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String describe(Path target, Input input) {
        boolean sameSpelling = target.toAbsolutePath().normalize().equals(input.path().toAbsolutePath().normalize());
        String which = sameSpelling ? "it is " + input.role() + " (" + input.path() + ")"
                : "it is the same file as " + input.role() + " (" + input.path() + ") by another name or a link";
        return which + ", which is read to make it; writing over it would destroy it. Choose another output file";
    }

    private static boolean isSame(Path target, BasicFileAttributes targetAttributes, Path input) {
        BasicFileAttributes inputAttributes = attributes(input);
        if (inputAttributes == null) {
            return false;
        }
        Object a = targetAttributes.fileKey();
        Object b = inputAttributes.fileKey();
        if (a != null && b != null) {
            return a.equals(b);
        }
        try {
            return Files.isSameFile(target, input);
        } catch (IOException e) {
            return target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize());
        }
    }

    /** The attributes of what {@code p} names, following links; null when it does not exist or cannot be read. */
    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
