package org.yuanwu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.UnitView;
import org.yuanwu.support.IntegrationTest;

/** The demo's union record is written through the union services and leaves a ledger that balances. */
class DemoUnionIT extends IntegrationTest {

    @Autowired
    DemoHospitalGenerator generator;

    @Autowired
    DemoUnionMembersAndFund union;

    @Autowired
    OrgUnitService units;

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void theDemoUnionHasMembersDuesABalancedFundAndCountedVisits() {
        generator.generate(20260101L, 1);
        List<UnitView> all = units.allVisible(false);
        String line = union.generate(20260101L, all, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        assertThat(line).contains("union members");
        assertThat(count("select count(*) from union_member")).isPositive();
        assertThat(count("select count(*) from union_fund_entry")).isPositive();
        assertThat(count("select count(*) from (select entry_id from union_fund_line group by entry_id "
                + "having sum(debit_fen) <> sum(credit_fen)) t")).isZero();
        assertThat(count("select count(*) from union_visit_task where status = 'DONE'")).isPositive();
        assertThat(count("select count(*) from indicator_fact where measure_code = 'union.visits'"))
                .isEqualTo(count("select count(*) from union_visit_task where status = 'DONE'"));
        assertThat(count("select count(*) from union_welfare_recipient")).isPositive();
    }
}
