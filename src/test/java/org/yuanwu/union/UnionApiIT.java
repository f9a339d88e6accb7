package org.yuanwu.union;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Union members, dues, the fund ledger and assistance over the API, and what they leave in the database. */
class UnionApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String auth, Object body) throws Exception {
        request.header("Authorization", auth).header("Accept-Language", "zh-CN");
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private static JsonNode read(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private String officer(Long unitId) {
        return "Bearer " + fixtures.tokenFor(Set.of(Role.UNION_OFFICER), DataScope.SUBTREE, unitId);
    }

    private String leader(Long unitId) {
        return "Bearer " + fixtures.tokenFor(Set.of(Role.LEADERSHIP), DataScope.SUBTREE, unitId);
    }

    private JsonNode join(String auth, StaffView s) throws Exception {
        return read(call(post("/api/v1/union/members"), auth,
                map("staffId", s.id(), "joinedOn", today().minusYears(1).toString(), "application", "自愿入会"))
                .andExpect(status().isCreated()));
    }

    @Test
    void aStaffMemberJoinsOnceAndASecondJoiningIsRefusedWithTheReason() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = officer(h.hospital().id());
        StaffView s = fixtures.staff(h.wardA().id());
        JsonNode m = join(auth, s);
        assertThat(m.get("cardNo").asText()).startsWith("GH" + today().minusYears(1).getYear());
        assertThat(m.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(m.get("employmentType").asText()).isEqualTo("CONTRACT");

        JsonNode refused = read(call(post("/api/v1/union/members"), auth,
                map("staffId", s.id(), "joinedOn", today().toString())).andExpect(status().isConflict()));
        assertThat(refused.toString()).contains("已是工会会员");
        assertThat(jdbc.queryForObject("select count(*) from union_member where staff_id = ?", Long.class, s.id())).isEqualTo(1);

        // a card number already taken is refused beside its field
        StaffView other = fixtures.staff(h.wardB().id());
        call(post("/api/v1/union/members"), auth, map("staffId", other.id(), "joinedOn", today().toString(),
                "cardNo", m.get("cardNo").asText())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cardNo"));
        // a joining date in the future is refused
        call(post("/api/v1/union/members"), auth, map("staffId", other.id(), "joinedOn", today().plusDays(1).toString()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from union_member where staff_id = ?", Long.class, other.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'union_member' and record_id = ?",
                Long.class, m.get("id").asText())).isEqualTo(1);
    }

    @Test
    void aTransferIsKeptAsHistoryAndLeavingNeedsAReasonAndEndsTheMembership() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = officer(h.hospital().id());
        JsonNode m = join(auth, fixtures.staff(h.wardA().id()));
        long id = m.get("id").asLong();
        JsonNode moved = read(call(post("/api/v1/union/members/" + id + "/transfer"), auth,
                map("toUnitId", h.wardB().id(), "on", today().toString(), "note", "轮转", "version", m.get("version").asLong()))
                .andExpect(status().isOk()));
        assertThat(moved.get("unitId").asLong()).isEqualTo(h.wardB().id());
        call(get("/api/v1/union/members/" + id + "/history"), auth, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].kind").value("TRANSFER"))
                .andExpect(jsonPath("$[1].fromUnitName").value(h.wardA().name()))
                .andExpect(jsonPath("$[1].toUnitName").value(h.wardB().name()));
        // stale version refused
        call(post("/api/v1/union/members/" + id + "/leave"), auth, map("reason", "调离", "version", m.get("version").asLong()))
                .andExpect(status().isConflict());
        call(post("/api/v1/union/members/" + id + "/leave"), auth, map("version", moved.get("version").asLong()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        call(post("/api/v1/union/members/" + id + "/leave"), auth, map("reason", "调离本院", "version", moved.get("version").asLong()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("LEFT"));
        // coverage per unit: ward B has one staff member (the one who left is counted as staff, not as member)
        JsonNode coverage = read(call(get("/api/v1/union/members/coverage"), auth, null).andExpect(status().isOk()));
        boolean seen = false;
        for (JsonNode row : coverage) {
            if (row.get("unitId").asLong() == h.wardA().id()) {
                assertThat(row.get("members").asLong()).isZero();
                assertThat(row.get("activeStaff").asLong()).isEqualTo(1);
                assertThat(row.get("ratePercent").decimalValue()).isEqualByComparingTo("0");
                seen = true;
            }
        }
        assertThat(seen).isTrue();
    }

    @Test
    void anOfficerSeesOnlyMembersOfUnitsInHerScope() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String wide = officer(h.hospital().id());
        JsonNode a = join(wide, fixtures.staff(h.wardA().id()));
        join(wide, fixtures.staff(h.wardB().id()));
        String narrow = officer(h.wardA().id());
        call(get("/api/v1/union/members?unitId=" + h.hospital().id()), narrow, null)
                .andExpect(jsonPath("$.totalItems").value(1)).andExpect(jsonPath("$.items[0].id").value(a.get("id").asLong()));
        call(get("/api/v1/union/members?unitId=" + h.hospital().id()), wide, null).andExpect(jsonPath("$.totalItems").value(2));
        call(get("/api/v1/union/members?unitId=" + h.hospital().id() + "&employmentType=ESTABLISHED"), wide, null)
                .andExpect(jsonPath("$.totalItems").value(0));
        // the staff of another ward cannot be made a member by the narrow officer
        call(post("/api/v1/union/members"), narrow, map("staffId", fixtures.staff(h.wardB().id()).id(),
                "joinedOn", today().toString())).andExpect(status().isForbidden());
        // leadership reads but may not write
        call(post("/api/v1/union/members"), leader(h.hospital().id()), map("staffId", fixtures.staff(h.wardB().id()).id(),
                "joinedOn", today().toString())).andExpect(status().isForbidden());
    }

    @Test
    void duesFollowTheRuleArePaidInABatchIntoTheLedgerAndUnpaidPastMonthsAreArrears() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = officer(h.hospital().id());
        JsonNode a = join(auth, fixtures.staff(h.wardA().id()));
        JsonNode b = join(auth, fixtures.staff(h.wardB().id()));
        YearMonth last = YearMonth.from(today()).minusMonths(1);
        int year = last.getYear();
        call(put("/api/v1/union/members/dues/rule"), auth, map("year", year, "ratePercent", "0.5")).andExpect(status().isOk());
        call(put("/api/v1/union/members/dues/rule"), auth, map("year", year, "ratePercent", "9")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ratePercent"));
        call(put("/api/v1/union/members/dues/wage-bases"), auth, map("memberId", a.get("id").asLong(), "year", year,
                "monthlyBase", "6123.45")).andExpect(status().isOk()).andExpect(jsonPath("$.monthlyDues").value(30.62));
        call(put("/api/v1/union/members/dues/wage-bases"), auth, map("memberId", b.get("id").asLong(), "year", year,
                "monthlyBase", "5000")).andExpect(status().isOk());
        // the officer's scope is this hospital only; other tests' members are not generated by her
        JsonNode gen = read(call(post("/api/v1/union/members/dues/generate"), auth, map("month", last.toString()))
                .andExpect(status().isOk()));
        assertThat(gen.get("created").asInt()).isEqualTo(2);
        assertThat(read(call(post("/api/v1/union/members/dues/generate"), auth, map("month", last.toString()))).get("alreadyThere").asInt())
                .isEqualTo(2);
        JsonNode periods = read(call(get("/api/v1/union/members/dues?month=" + last + "&unitId=" + h.hospital().id()), auth, null));
        assertThat(periods.get("totalItems").asInt()).isEqualTo(2);
        call(get("/api/v1/union/members/dues?arrears=true&unitId=" + h.hospital().id()), auth, null)
                .andExpect(jsonPath("$.totalItems").value(2));
        List<Long> ids = new ArrayList<>();
        periods.get("items").forEach(p -> ids.add(p.get("id").asLong()));
        long bankBefore = balanceFen(auth, "BANK");
        long duesBefore = balanceFen(auth, "DUES_INCOME");
        JsonNode paid = read(call(post("/api/v1/union/members/dues/payments"), auth,
                map("periodIds", ids, "paidOn", today().toString(), "account", "BANK")).andExpect(status().isOk()));
        long entryId = paid.get(0).get("entryId").asLong();
        assertThat(paid.get(1).get("entryId").asLong()).isEqualTo(entryId);
        assertThat(balanceFen(auth, "BANK") - bankBefore).isEqualTo(3062 + 2500);
        assertThat(balanceFen(auth, "DUES_INCOME") - duesBefore).isEqualTo(3062 + 2500);
        call(get("/api/v1/union/members/dues?arrears=true&unitId=" + h.hospital().id()), auth, null)
                .andExpect(jsonPath("$.totalItems").value(0));
        call(post("/api/v1/union/members/dues/payments"), auth, map("periodIds", ids)).andExpect(status().isConflict());
        // reversing the payment entry makes the dues unpaid again
        call(post("/api/v1/union/fund/entries/" + entryId + "/reversal"), auth, map("reason", "重复收款"))
                .andExpect(status().isCreated());
        call(get("/api/v1/union/members/dues?arrears=true&unitId=" + h.hospital().id()), auth, null)
                .andExpect(jsonPath("$.totalItems").value(2));
        assertThat(balanceFen(auth, "BANK")).isEqualTo(bankBefore);
        call(get("/api/v1/union/members/dues/arrears/export?unitId=" + h.hospital().id()), auth, null)
                .andExpect(status().isOk());
    }

    private long balanceFen(String auth, String account) throws Exception {
        for (JsonNode b : read(call(get("/api/v1/union/fund/balances"), auth, null).andExpect(status().isOk()))) {
            if (b.get("account").asText().equals(account)) {
                return b.get("closing").decimalValue().movePointRight(2).longValueExact();
            }
        }
        throw new AssertionError(account);
    }

    @Test
    void anExpenseIsApprovedAtAMeetingPaidUpToTheApprovedAmountAndThenNeverEdited() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = officer(h.hospital().id());
        String boss = leader(h.hospital().id());
        JsonNode x = read(call(post("/api/v1/union/fund/expenses"), auth, map("category", "EXP_ACTIVITY",
                "purpose", "护士节技能竞赛奖品", "amount", "3000.00", "requestedOn", today().toString()))
                .andExpect(status().isCreated()));
        long id = x.get("id").asLong();
        // corrections allowed before approval
        x = read(call(put("/api/v1/union/fund/expenses/" + id), auth, map("category", "EXP_ACTIVITY",
                "purpose", "护士节技能竞赛奖品（前六名）", "amount", "2800.00", "requestedOn", today().toString(),
                "version", x.get("version").asLong())).andExpect(status().isOk()));
        // the officer may not approve; the leader approves at most what was requested, with the meeting
        call(post("/api/v1/union/fund/expenses/" + id + "/approval"), auth, map("approvedAmount", "2800",
                "meetingDate", today().toString(), "minuteNo", "院务会〔2026〕5号", "version", x.get("version").asLong()))
                .andExpect(status().isForbidden());
        call(post("/api/v1/union/fund/expenses/" + id + "/approval"), boss, map("approvedAmount", "2900",
                "meetingDate", today().toString(), "minuteNo", "5", "version", x.get("version").asLong()))
                .andExpect(status().isBadRequest());
        call(post("/api/v1/union/fund/expenses/" + id + "/approval"), boss, map("approvedAmount", "2500",
                "version", x.get("version").asLong())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("meetingDate"));
        x = read(call(post("/api/v1/union/fund/expenses/" + id + "/approval"), boss, map("approvedAmount", "2500",
                "meetingDate", today().toString(), "minuteNo", "院务会〔2026〕5号", "version", x.get("version").asLong()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED")));
        // the approved request is not editable or deletable any more
        JsonNode locked = read(call(put("/api/v1/union/fund/expenses/" + id), auth, map("category", "EXP_ACTIVITY",
                "purpose", "改", "amount", "1", "version", x.get("version").asLong())).andExpect(status().isConflict()));
        assertThat(locked.get("detail").asText()).contains("已审批");
        call(delete("/api/v1/union/fund/expenses/" + id), auth, null).andExpect(status().isConflict());
        // an attachment of a refused type is refused, a PDF is kept
        mvc.perform(multipart("/api/v1/union/fund/expenses/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "a.exe", "application/octet-stream", new byte[]{1, 2}))
                        .header("Authorization", auth)).andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/union/fund/expenses/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "发票.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                        .header("Authorization", auth)).andExpect(status().isOk())
                .andExpect(jsonPath("$.attachments[0].fileName").value("发票.pdf"));
        // paying more than approved is refused; the approved amount is paid
        call(post("/api/v1/union/fund/expenses/" + id + "/payment"), auth, map("amount", "2500.01", "account", "BANK",
                "version", x.get("version").asLong())).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        long activityBefore = balanceFen(auth, "EXP_ACTIVITY");
        JsonNode paid = read(call(post("/api/v1/union/fund/expenses/" + id + "/payment"), auth, map("amount", "2500",
                "account", "BANK", "version", x.get("version").asLong())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PAID")));
        assertThat(balanceFen(auth, "EXP_ACTIVITY") - activityBefore).isEqualTo(250_000);
        long entryId = paid.get("entryId").asLong();
        // the posted entry is never edited or deleted
        call(put("/api/v1/union/fund/entries/" + entryId), auth, map()).andExpect(status().isConflict());
        call(delete("/api/v1/union/fund/entries/" + entryId), auth, null).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select count(*) from union_fund_line where entry_id = ?", Long.class, entryId)).isEqualTo(2);
        // a reversal cancels it, once; the expense can be paid again (correctly)
        JsonNode reversal = read(call(post("/api/v1/union/fund/entries/" + entryId + "/reversal"), auth, map("reason", "金额有误"))
                .andExpect(status().isCreated()));
        assertThat(reversal.get("reversesEntryId").asLong()).isEqualTo(entryId);
        call(post("/api/v1/union/fund/entries/" + entryId + "/reversal"), auth, map("reason", "再冲")).andExpect(status().isConflict());
        call(post("/api/v1/union/fund/entries/" + reversal.get("id").asLong() + "/reversal"), auth, map("reason", "冲冲"))
                .andExpect(status().isConflict());
        assertThat(balanceFen(auth, "EXP_ACTIVITY")).isEqualTo(activityBefore);
        call(get("/api/v1/union/fund/expenses/" + id), auth, null).andExpect(jsonPath("$.status").value("APPROVED"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'union_fund_expense' and record_id = ?",
                Long.class, String.valueOf(id))).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theStatementShowsIncomeAndExpenseOfThePeriodAndEveryEntryBalances() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = officer(h.hospital().id());
        int year = today().getYear();
        int month = today().getMonthValue();
        JsonNode before = read(call(get("/api/v1/union/fund/statement?year=" + year + "&month=" + month), auth, null));
        call(post("/api/v1/union/fund/income"), auth, map("incomeAccount", "ALLOCATION_INCOME", "into", "BANK",
                "amount", "10000.00", "memo", "行政拨缴经费")).andExpect(status().isCreated());
        call(post("/api/v1/union/fund/income"), auth, map("incomeAccount", "EXP_OFFICE", "into", "BANK",
                "amount", "1", "memo", "错")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("incomeAccount"));
        JsonNode after = read(call(get("/api/v1/union/fund/statement?year=" + year + "&month=" + month), auth, null)
                .andExpect(status().isOk()));
        assertThat(after.get("income").decimalValue().subtract(before.get("income").decimalValue()))
                .isEqualByComparingTo(new BigDecimal("10000.00"));
        assertThat(after.get("fundsAtHand").decimalValue().subtract(before.get("fundsAtHand").decimalValue()))
                .isEqualByComparingTo(new BigDecimal("10000.00"));
        JsonNode yearly = read(call(get("/api/v1/union/fund/statement?year=" + year), auth, null).andExpect(status().isOk()));
        assertThat(yearly.get("from").asText()).isEqualTo(year + "-01-01");
        call(get("/api/v1/union/fund/statement/export?year=" + year), auth, null).andExpect(status().isOk());
        // in the database every entry balances and funds at hand equal income less expense over all time
        assertThat(jdbc.queryForObject("select count(*) from (select entry_id from union_fund_line group by entry_id "
                + "having sum(debit_fen) <> sum(credit_fen)) t", Long.class)).isZero();
        Long atHand = jdbc.queryForObject("select coalesce(sum(debit_fen - credit_fen), 0) from union_fund_line "
                + "where account_code in ('BANK', 'CASH')", Long.class);
        Long income = jdbc.queryForObject("select coalesce(sum(l.credit_fen - l.debit_fen), 0) from union_fund_line l "
                + "join union_fund_account a on a.code = l.account_code where a.kind = 'INCOME'", Long.class);
        Long expense = jdbc.queryForObject("select coalesce(sum(l.debit_fen - l.credit_fen), 0) from union_fund_line l "
                + "join union_fund_account a on a.code = l.account_code where a.kind = 'EXPENSE'", Long.class);
        assertThat(atHand).isEqualTo(income - expense);
    }

    @Test
    void aHospitalisationOpensAVisitTaskThatTheVisitClosesCountingAVisitFact() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = officer(h.hospital().id());
        JsonNode m = join(auth, fixtures.staff(h.wardA().id()));
        long memberId = m.get("id").asLong();
        JsonNode task = read(call(post("/api/v1/union/assistance/hospitalisations"), auth, map("memberId", memberId,
                "reportedOn", today().minusDays(2).toString(), "hospital", "本院心内科")).andExpect(status().isCreated()));
        assertThat(task.get("status").asText()).isEqualTo("OPEN");
        call(post("/api/v1/union/assistance/hospitalisations"), auth, map("memberId", memberId))
                .andExpect(status().isConflict());
        call(get("/api/v1/union/assistance/visits?status=OPEN"), auth, null)
                .andExpect(jsonPath("$[?(@.id == " + task.get("id").asLong() + ")]").exists());
        call(post("/api/v1/union/assistance/visits/" + task.get("id").asLong() + "/visit"), auth, map(
                "visitedOn", today().minusDays(3).toString(), "visitors", "工会主席", "version", task.get("version").asLong()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("visitedOn"));
        JsonNode done = read(call(post("/api/v1/union/assistance/visits/" + task.get("id").asLong() + "/visit"), auth, map(
                "visitedOn", today().minusDays(1).toString(), "visitors", "工会主席、护理部主任", "giftValue", "500",
                "version", task.get("version").asLong())).andExpect(status().isOk()));
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("select sum(amount) from indicator_fact where measure_code = 'union.visits' "
                + "and unit_id = ? and fact_date = ?", BigDecimal.class, h.wardA().id(), today().minusDays(1))).isEqualByComparingTo("1");
        // the gift is requested from the fund as a condolence expense
        assertThat(jdbc.queryForObject("select count(*) from union_fund_expense where source_type = 'union.visit' "
                + "and source_id = ? and category = 'EXP_CONDOLENCE' and requested_fen = 50000", Long.class,
                task.get("id").asLong())).isEqualTo(1);
        call(post("/api/v1/union/assistance/visits/" + task.get("id").asLong() + "/visit"), auth, map(
                "visitedOn", today().toString(), "visitors", "再次", "version", done.get("version").asLong()))
                .andExpect(status().isConflict());
        // once visited, a new hospitalisation may be reported
        call(post("/api/v1/union/assistance/hospitalisations"), auth, map("memberId", memberId)).andExpect(status().isCreated());
    }

    @Test
    void anAssistanceCaseIsPaidFromTheFundThroughItsExpenseAtTheStandardAmount() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = officer(h.hospital().id());
        JsonNode m = join(auth, fixtures.staff(h.wardA().id()));
        JsonNode c = read(call(post("/api/v1/union/assistance/cases"), auth, map("memberId", m.get("id").asLong(),
                "type", "WEDDING", "reason", "新婚")).andExpect(status().isCreated()));
        assertThat(c.get("amount").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(c.get("expenseStatus").asText()).isEqualTo("REQUESTED");
        long expenseId = c.get("expenseId").asLong();
        JsonNode x = read(call(get("/api/v1/union/fund/expenses/" + expenseId), auth, null));
        assertThat(x.get("category").asText()).isEqualTo("EXP_CONDOLENCE");
        x = read(call(post("/api/v1/union/fund/expenses/" + expenseId + "/approval"), leader(h.hospital().id()),
                map("approvedAmount", "500", "meetingDate", today().toString(), "minuteNo", "12", "version", x.get("version").asLong())));
        call(post("/api/v1/union/fund/expenses/" + expenseId + "/payment"), auth, map("amount", "500", "account", "CASH",
                "version", x.get("version").asLong())).andExpect(status().isOk());
        JsonNode cases = read(call(get("/api/v1/union/assistance/cases"), auth, null));
        boolean found = false;
        for (JsonNode one : cases) {
            if (one.get("id").asLong() == c.get("id").asLong()) {
                assertThat(one.get("expenseStatus").asText()).isEqualTo("PAID");
                found = true;
            }
        }
        assertThat(found).isTrue();
        // hardship file with a yearly review, once a year
        JsonNode f = read(call(post("/api/v1/union/assistance/hardship"), auth, map("memberId", m.get("id").asLong(),
                "situation", "配偶重病，子女上学", "level", "HARDSHIP", "openedOn", today().minusYears(1).toString()))
                .andExpect(status().isCreated()));
        assertThat(f.get("reviewDue").asBoolean()).isTrue();
        f = read(call(post("/api/v1/union/assistance/hardship/" + f.get("id").asLong() + "/review"), auth,
                map("year", today().getYear(), "outcome", "CONTINUE", "version", f.get("version").asLong())).andExpect(status().isOk()));
        assertThat(f.get("reviewDue").asBoolean()).isFalse();
        call(post("/api/v1/union/assistance/hardship/" + f.get("id").asLong() + "/review"), auth,
                map("year", today().getYear(), "outcome", "CONTINUE", "version", f.get("version").asLong()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void holidayWelfareListsEveryActiveMemberToSignOnceAndRetireeCareIsForRetirees() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = officer(h.hospital().id());
        JsonNode a = join(auth, fixtures.staff(h.wardA().id()));
        join(auth, fixtures.staff(h.wardA().id()));
        JsonNode w = read(call(post("/api/v1/union/assistance/welfare"), auth, map("festival", "中秋节", "item", "月饼",
                "valuePerPerson", "150", "unitId", h.wardA().id())).andExpect(status().isCreated()));
        assertThat(w.get("recipients").asLong()).isEqualTo(2);
        assertThat(w.get("totalValue").decimalValue()).isEqualByComparingTo("300");
        long recipient = w.get("list").get(0).get("id").asLong();
        call(post("/api/v1/union/assistance/welfare/" + w.get("id").asLong() + "/recipients/" + recipient + "/signature"), auth, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.signed").value(1));
        call(post("/api/v1/union/assistance/welfare/" + w.get("id").asLong() + "/recipients/" + recipient + "/signature"), auth, null)
                .andExpect(status().isConflict());
        call(post("/api/v1/union/assistance/retirees"), auth, map("memberId", a.get("id").asLong(), "kind", "VISIT",
                "content", "走访")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("memberId"));
        call(post("/api/v1/union/members/" + a.get("id").asLong() + "/retire"), auth, map("version", a.get("version").asLong()))
                .andExpect(status().isOk());
        call(post("/api/v1/union/assistance/retirees"), auth, map("memberId", a.get("id").asLong(), "kind", "FESTIVAL",
                "content", "春节慰问", "value", "200")).andExpect(status().isCreated());
    }
}
