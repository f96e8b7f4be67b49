package io.hatchery.contracts.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The national division table plus the deployment's own statistical zones, as a tree. Immutable once built.
 */
public final class RegionCatalog {

    private static final String DIVISIONS_RESOURCE = "/io/hatchery/contracts/region/admin-divisions.csv";

    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> childrenByParent;

    private RegionCatalog(Map<String, Region> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        Map<String, List<Region>> children = new HashMap<>();
        for (Region region : byCode.values()) {
            if (region.parentCode() != null) {
                children.computeIfAbsent(region.parentCode(), parent -> new ArrayList<>()).add(region);
            }
        }
        children.replaceAll((parent, list) -> List.copyOf(list));
        this.childrenByParent = children;
    }

    /** The national table shipped with the platform, without deployment zones. */
    public static RegionCatalog national() {
        return withZones(List.of());
    }

    /**
     * The national table plus deployment zones.
     *
     * @throws IllegalArgumentException when a zone's id is taken or its parent is not a city
     */
    public static RegionCatalog withZones(List<DeploymentZone> zones) {
        Map<String, Region> byCode = readDivisions();
        for (DeploymentZone zone : zones) {
            Region parent = byCode.get(zone.parent());
            if (parent == null || parent.level() != RegionLevel.CITY) {
                throw new IllegalArgumentException("zone " + zone.id() + ": parent " + zone.parent()
                        + " is not a city of the division table");
            }
            if (byCode.containsKey(zone.id())) {
                throw new IllegalArgumentException("zone id " + zone.id() + " is already a region code");
            }
            byCode.put(zone.id(), new Region(zone.id(), zone.name(), RegionLevel.DEPLOYMENT_ZONE, zone.parent()));
        }
        return new RegionCatalog(byCode);
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public boolean contains(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** Why a code names no region here, or empty when it names one. */
    public Optional<String> unknownCode(String code) {
        return contains(code) ? Optional.empty() : Optional.of("'" + code + "' is not a known region code");
    }

    /**
     * Why a code cannot be where a carrier or firm is counted (an unknown code, or a city or province rather than a
     * county or zone), or empty when it can.
     */
    public Optional<String> notStatisticalLeaf(String code) {
        Optional<Region> region = find(code);
        if (region.isEmpty()) {
            return unknownCode(code);
        }
        RegionLevel level = region.get().level();
        return level.isStatisticalLeaf() ? Optional.empty() : Optional.of("must be a county or zone, '" + code
                + "' is a " + level.name().toLowerCase(Locale.ROOT));
    }

    public Collection<Region> all() {
        return byCode.values();
    }

    public List<Region> children(String code) {
        return childrenByParent.getOrDefault(code, List.of());
    }

    /** The region itself followed by its parent, grandparent… up to the province. Empty for unknown codes. */
    public List<Region> selfAndAncestors(String code) {
        List<Region> chain = new ArrayList<>(3);
        Region current = byCode.get(code);
        while (current != null) {
            chain.add(current);
            current = current.parentCode() == null ? null : byCode.get(current.parentCode());
        }
        return chain;
    }

    /** The region and everything below it, parents before children. Empty for unknown codes. */
    public List<Region> selfAndDescendants(String code) {
        List<Region> subtree = new ArrayList<>();
        Region root = byCode.get(code);
        if (root != null) {
            collect(root, subtree);
        }
        return subtree;
    }

    /** The codes of {@link #selfAndDescendants}: what a query for "this region and everything below" matches. */
    public List<String> subtreeCodes(String code) {
        return selfAndDescendants(code).stream().map(Region::code).toList();
    }

    private void collect(Region region, List<Region> into) {
        into.add(region);
        for (Region child : children(region.code())) {
            collect(child, into);
        }
    }

    /** True when {@code code} is {@code ancestor} or lies below it. */
    public boolean isWithin(String code, String ancestor) {
        if (code == null || ancestor == null) {
            return false;
        }
        for (Region region : selfAndAncestors(code)) {
            if (region.code().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Region> readDivisions() {
        Map<String, Region> byCode = new LinkedHashMap<>();
        try (InputStream in = RegionCatalog.class.getResourceAsStream(DIVISIONS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("division table " + DIVISIONS_RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (header == null || !header.startsWith("code,name,level,parent_code")) {
                throw new IllegalStateException("division table has an unexpected header: " + header);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                String parent = cells[3].isBlank() ? null : cells[3];
                byCode.put(cells[0], new Region(cells[0], cells[1], level(cells[2]), parent));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byCode;
    }

    private static RegionLevel level(String text) {
        return switch (text) {
            case "province" -> RegionLevel.PROVINCE;
            case "city" -> RegionLevel.CITY;
            case "county" -> RegionLevel.COUNTY;
            case "functional-zone" -> RegionLevel.FUNCTIONAL_ZONE;
            default -> throw new IllegalStateException("unknown division level " + text);
        };
    }
}
