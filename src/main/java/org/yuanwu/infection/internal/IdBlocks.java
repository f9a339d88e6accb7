package org.yuanwu.infection.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ids for rows written by JDBC batches. The module's sequences step by 50, and each value drawn stands for the
 * block of 50 ids starting at it; the tables these fill are never written through JPA, so no other allocator
 * shares the sequence.
 */
@Component
public class IdBlocks {

    private static final int STEP = 50;

    private final JdbcTemplate jdbc;

    IdBlocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long[] block(String sequence, int count) {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException(sequence);
        }
        long[] ids = new long[count];
        int filled = 0;
        while (filled < count) {
            Long start = jdbc.queryForObject("select nextval('" + sequence + "')", Long.class);
            for (int i = 0; i < STEP && filled < count; i++) {
                ids[filled++] = start + i;
            }
        }
        return ids;
    }
}
