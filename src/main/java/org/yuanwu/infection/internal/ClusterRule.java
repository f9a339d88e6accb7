package org.yuanwu.infection.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds clusters: in one ward, at least {@code threshold} cases with the same pathogen whose onsets fall within
 * {@code windowDays} consecutive calendar days (14 days: onsets on the 1st and the 14th are in one window, the
 * 1st and the 15th are not). Overlapping windows of a ward and pathogen merge into one cluster.
 */
public final class ClusterRule {

    public record CaseOnset(Long caseId, Long unitId, String pathogen, LocalDate onset) {
    }

    public record Cluster(Long unitId, String pathogen, LocalDate first, LocalDate last, List<Long> caseIds) {
    }

    private ClusterRule() {
    }

    public static List<Cluster> find(List<CaseOnset> cases, int threshold, int windowDays) {
        Map<String, List<CaseOnset>> groups = new LinkedHashMap<>();
        for (CaseOnset c : cases) {
            if (c.pathogen() == null || c.pathogen().isBlank()) {
                continue;
            }
            String key = c.unitId() + "|" + normalise(c.pathogen());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<Cluster> clusters = new ArrayList<>();
        for (List<CaseOnset> group : groups.values()) {
            group.sort(Comparator.comparing(CaseOnset::onset).thenComparing(CaseOnset::caseId));
            List<CaseOnset> current = null;
            int start = 0;
            for (int end = 0; end < group.size(); end++) {
                while (ChronoUnit.DAYS.between(group.get(start).onset(), group.get(end).onset()) >= windowDays) {
                    start++;
                }
                if (end - start + 1 >= threshold) {
                    if (current != null && !current.isEmpty()
                            && !group.get(start).onset().isAfter(current.get(current.size() - 1).onset())) {
                        for (int k = start; k <= end; k++) {
                            if (!current.contains(group.get(k))) {
                                current.add(group.get(k));
                            }
                        }
                    } else {
                        if (current != null) {
                            clusters.add(cluster(current));
                        }
                        current = new ArrayList<>(group.subList(start, end + 1));
                    }
                }
            }
            if (current != null) {
                clusters.add(cluster(current));
            }
        }
        return clusters;
    }

    private static Cluster cluster(List<CaseOnset> cases) {
        return new Cluster(cases.get(0).unitId(), cases.get(0).pathogen().strip(), cases.get(0).onset(),
                cases.get(cases.size() - 1).onset(), cases.stream().map(CaseOnset::caseId).toList());
    }

    /** "大肠埃希菌 " and "大肠埃希菌" are one pathogen; so are "E. coli" and "e. COLI". */
    static String normalise(String pathogen) {
        return pathogen.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
