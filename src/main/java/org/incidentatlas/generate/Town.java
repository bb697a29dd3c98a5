package org.incidentatlas.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A real Iraqi town the generator clusters incidents around (GeoNames / Natural Earth, see towns.README.md). */
record Town(String name, double lat, double lon, String province, long population) {

    static List<Town> load() {
        List<Town> towns = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Town.class.getResourceAsStream("towns.csv"), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                // name,lat,lon,province,population: names hold no commas in this file (checked by a test)
                String[] f = line.split(",");
                towns.add(new Town(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), f[3], Long.parseLong(f[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(towns);
    }
}
