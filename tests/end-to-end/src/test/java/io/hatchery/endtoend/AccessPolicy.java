package io.hatchery.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The endpoint table of {@code docs/access-policy.md}: per endpoint, per role, one of {@code region}, {@code own},
 * {@code yes} or {@code —}.
 */
record AccessPolicy(List<String> roles, List<Rule> rules) {

    enum Cell {
        REGION, OWN, YES, REFUSED;

        static Cell of(String text) {
            return switch (text) {
                case "region" -> REGION;
                case "own" -> OWN;
                case "yes" -> YES;
                case "—" -> REFUSED;
                default -> throw new IllegalArgumentException("unknown cell '" + text + "' in the access policy");
            };
        }
    }

    record Rule(String service, String method, String path, Map<String, Cell> cells) {

        String endpoint() {
            return method + " " + path;
        }
    }

    static AccessPolicy read(Path document) {
        List<String> lines;
        try {
            lines = Files.readAllLines(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = null;
        List<Rule> rules = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("|")) {
                header = line.isBlank() ? header : null;
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
                    .map(String::trim).toList();
            if (cells.get(0).equals("service")) {
                header = cells;
            } else if (header != null && !cells.get(0).startsWith("---")) {
                Map<String, Cell> byRole = new LinkedHashMap<>();
                for (int i = 3; i < header.size(); i++) {
                    byRole.put(header.get(i), Cell.of(cells.get(i)));
                }
                rules.add(new Rule(cells.get(0), cells.get(1), cells.get(2), byRole));
            }
        }
        if (rules.isEmpty()) {
            throw new IllegalStateException("no endpoint table in " + document);
        }
        return new AccessPolicy(List.copyOf(rules.get(0).cells().keySet()), List.copyOf(rules));
    }
}
