package org.yuanwu.indicator.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/** SQL array parameters ("= any(?)"), which H2 and PostgreSQL both accept and plan well. */
final class SqlArrays {

    private SqlArrays() {
    }

    static Array ofLongs(Connection con, Collection<Long> values) throws SQLException {
        return con.createArrayOf("BIGINT", values.toArray());
    }

    static Array ofStrings(Connection con, Collection<String> values) throws SQLException {
        return con.createArrayOf("VARCHAR", values.toArray());
    }
}
