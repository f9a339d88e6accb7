package org.yuanwu.union;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.yuanwu.common.Actor;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserView;

/** Who the signed-in person is in the congress: her staff record (through her account) and her delegate seat. */
@Component
class CongressParticipants {

    private final UserAccounts users;
    private final JdbcTemplate jdbc;

    CongressParticipants(UserAccounts users, JdbcTemplate jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    Optional<Long> staffId(Actor actor) {
        if (actor.username() == null) {
            return Optional.empty();
        }
        return users.findByUsername(actor.username()).map(UserView::staffId);
    }

    /** The caller's active delegate seat in the term, if she holds one. */
    Optional<Long> delegateId(Actor actor, Long termId) {
        return staffId(actor).flatMap(staff -> {
            List<Long> ids = jdbc.queryForList("select id from union_congress_delegate where term_id = ? and staff_id = ? and active",
                    Long.class, termId, staff);
            return ids.stream().findFirst();
        });
    }
}
