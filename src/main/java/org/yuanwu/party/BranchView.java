package org.yuanwu.party;

import java.time.LocalDate;
import java.util.List;

/** A party branch: the units it covers (the first is where its facts count), its secretary and member counts. */
public record BranchView(Long id, String name, Long secretaryStaffId, String secretaryName, LocalDate establishedOn,
                         List<Long> unitIds, List<String> unitNames, boolean active, String deactivateReason,
                         long fullMembers, long probationaryMembers, long version) {
}
