package org.yuanwu.union;

import java.time.LocalDate;
import java.util.List;

/** A club (协会/俱乐部) with its current leaders' names and member count. */
public record ClubView(Long id, String name, String description, LocalDate foundedOn, boolean active,
                       String deactivatedReason, long members, List<String> leaders, long version) {
}
