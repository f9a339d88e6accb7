package org.yuanwu.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yuanwu.YuanwuApplication;
import org.yuanwu.identity.ApiTokens;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.Gender;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.organization.ResidentIdNumber;
import org.yuanwu.organization.StaffForm;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.UnitForm;
import org.yuanwu.organization.UnitView;
import org.yuanwu.training.ExamForm;
import org.yuanwu.training.ExamInvitation;
import org.yuanwu.training.ExamKind;
import org.yuanwu.training.ExamMode;
import org.yuanwu.training.ExamPassMarkType;
import org.yuanwu.training.ExamService;
import org.yuanwu.training.ExamView;
import org.yuanwu.training.PaperAssembly;
import org.yuanwu.training.QuestionCategory;
import org.yuanwu.training.QuestionForm;
import org.yuanwu.training.QuestionService;
import org.yuanwu.training.QuestionType;

/**
 * N candidates submit a 100-question online paper in the same minute, over HTTP against the
 * running application. Set-up: one ward of N staff, each with an account and API token; a bank of
 * 100 questions (40 single, 30 multiple, 20 true/false, 10 fill-in); a published exam inviting the
 * ward. Every candidate starts her attempt (concurrently), her 100 answers are written straight into
 * the database (answer saving is not what is measured), then all N submits are fired at once from a
 * pool of C client threads. Reports p50/p95/max of the submit request and the time until the last
 * attempt is graded (all questions objective, so grading happens inside the submit).
 *
 * Usage: GradingBenchmark CANDIDATES CLIENT_THREADS [spring arguments…] (empty PostgreSQL database)
 */
public final class GradingBenchmark {

    public static void main(String[] args) throws Exception {
        int candidates = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        SpringApplication app = new SpringApplication(YuanwuApplication.class);
        app.setDefaultProperties(Map.of("server.port", "0"));
        try (ConfigurableApplicationContext ctx = app.run(Arrays.copyOfRange(args, 2, args.length))) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
            long t0 = System.nanoTime();
            UnitView ward = ward(ctx.getBean(OrgUnitService.class));
            List<Long> staffIds = staff(ctx.getBean(StaffService.class), ward.id(), candidates);
            List<String> tokens = accounts(jdbc, staffIds, ward.id());
            List<Long> questionIds = questions(ctx.getBean(QuestionService.class), ward.id());
            ExamView exam = exam(ctx.getBean(ExamService.class), ward.id(), questionIds, staffIds);
            System.out.printf("data: 1 ward, %d candidates with tokens, %d bank questions, exam %d published (%.1f s)%n",
                    candidates, questionIds.size(), exam.id(), (System.nanoTime() - t0) / 1e9);

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            Pattern idPattern = Pattern.compile("^\\{\"id\":(\\d+)");
            List<Long> startMillis = Collections.synchronizedList(new ArrayList<>());
            List<Future<Long>> starts = new ArrayList<>();
            for (String token : tokens) {
                starts.add(pool.submit(() -> {
                    long s = System.nanoTime();
                    HttpResponse<String> r = http.send(request(port, "/api/v1/exams/" + exam.id() + "/attempts", token),
                            HttpResponse.BodyHandlers.ofString());
                    startMillis.add((System.nanoTime() - s) / 1_000_000);
                    if (r.statusCode() != 201) {
                        throw new IllegalStateException("start " + r.statusCode() + " " + r.body());
                    }
                    Matcher m = idPattern.matcher(r.body());
                    if (!m.find()) {
                        throw new IllegalStateException("no attempt id in " + r.body().substring(0, 80));
                    }
                    return Long.valueOf(m.group(1));
                }));
            }
            List<Long> attemptIds = new ArrayList<>();
            for (Future<Long> f : starts) {
                attemptIds.add(f.get());
            }
            report("start attempt (HTTP, 100 items stored)", startMillis);

            // Every candidate has answered: right keys for about 70 % of the questions, wrong for the rest.
            jdbc.update("""
                    update training_attempt_item i set response = case when mod(i.attempt_id + i.position, 10) < 7
                        then q.answer else 'B' end, answered_at = current_timestamp
                    from training_question q where q.id = i.question_id""");

            List<Long> submitMillis = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch ready = new CountDownLatch(1);
            List<Future<Integer>> submits = new ArrayList<>();
            for (int i = 0; i < attemptIds.size(); i++) {
                String token = tokens.get(i);
                long attemptId = attemptIds.get(i);
                submits.add(pool.submit(() -> {
                    ready.await();
                    long s = System.nanoTime();
                    HttpResponse<String> r = http.send(request(port, "/api/v1/exams/attempts/" + attemptId + "/submit", token),
                            HttpResponse.BodyHandlers.ofString());
                    submitMillis.add((System.nanoTime() - s) / 1_000_000);
                    return r.statusCode();
                }));
            }
            long wave = System.nanoTime();
            ready.countDown();
            int ok = 0;
            for (Future<Integer> f : submits) {
                ok += f.get() == 200 ? 1 : 0;
            }
            // objective papers are graded inside the submit, so the last response is the last grading
            double allGraded = (System.nanoTime() - wave) / 1e9;
            long graded = jdbc.queryForObject("select count(*) from training_attempt where exam_id = ? and status = 'GRADED'",
                    Long.class, exam.id());
            pool.shutdown();
            report("submit + grade 100 questions (HTTP)", submitMillis);
            BigDecimal avg = jdbc.queryForObject("select avg(score) from training_attempt where exam_id = ?", BigDecimal.class,
                    exam.id());
            Long facts = jdbc.queryForObject("select count(*) from indicator_fact where source_type = 'training.exam_result'",
                    Long.class);
            System.out.printf("RESULT all %d attempts graded %.2f s after the first submit; %d of %d submits 200; "
                    + "mean score %.1f; %d exam facts stored%n", graded, allGraded, ok, candidates, avg, facts);
        }
    }

    private static HttpRequest request(int port, String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    private static void report(String what, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("RESULT %s: n=%d p50 %d ms, p95 %d ms, max %d ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1));
    }

    private static UnitView ward(OrgUnitService units) {
        UnitForm h = new UnitForm();
        h.setCode("BENCH-H");
        h.setName("基准医院");
        h.setKind(OrgUnitKind.INSTITUTION);
        UnitView hospital = units.create(h);
        UnitForm w = new UnitForm();
        w.setCode("BENCH-W");
        w.setName("基准病区");
        w.setKind(OrgUnitKind.WARD);
        w.setParentId(hospital.id());
        w.setBedCount(40);
        return units.create(w);
    }

    private static List<Long> staff(StaffService staff, Long wardId, int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StaffForm f = new StaffForm();
            f.setEmployeeNo(String.format("B%05d", i));
            f.setName("考生" + i);
            LocalDateTime birth = LocalDateTime.of(1975 + i % 20, 1 + i % 12, 1 + i % 28, 0, 0);
            f.setIdNumber(ResidentIdNumber.compose("430521", birth.toLocalDate(), 100 + 2 * (i % 400)));
            f.setGender(Gender.FEMALE);
            f.setUnitId(wardId);
            f.setTitle(ProfessionalTitle.NURSE);
            f.setEmploymentType(EmploymentType.CONTRACT);
            f.setStatus(StaffStatus.ACTIVE);
            f.setHireDate(java.time.LocalDate.of(2015, 7, 1));
            ids.add(staff.create(f).id());
        }
        return ids;
    }

    /** Accounts and tokens written straight to the tables: hashing 500 passwords would only measure bcrypt. */
    private static List<String> accounts(JdbcTemplate jdbc, List<Long> staffIds, Long wardId) {
        List<String> tokens = new ArrayList<>();
        List<Object[]> users = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < staffIds.size(); i++) {
            long id = 10_000_000L + i;
            String secret = "yw_bench" + String.format("%06d", i) + "x".repeat(24);
            tokens.add(secret);
            users.add(new Object[] {id, "bench" + i, "{noop}unused", "考生" + i, staffIds.get(i), wardId, now, now});
            roles.add(new Object[] {id});
            rows.add(new Object[] {id, id, secret.substring(0, 8), ApiTokens.hash(secret), now});
        }
        jdbc.batchUpdate("insert into identity_user (id, username, password_hash, display_name, staff_id, scope_unit_id, "
                + "data_scope, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 'OWN_UNIT', ?, ?)", users);
        jdbc.batchUpdate("insert into identity_user_role (user_id, role) values (?, 'STAFF_MEMBER')", roles);
        jdbc.batchUpdate("insert into identity_api_token (id, user_id, name, token_prefix, token_hash, created_at) "
                + "values (?, ?, 'bench', ?, ?, ?)", rows);
        return tokens;
    }

    private static List<Long> questions(QuestionService questions, Long unitId) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            QuestionForm f = new QuestionForm();
            f.setUnitId(unitId);
            f.setCategory(QuestionCategory.values()[i % 5]);
            f.setDifficulty(1 + i % 5);
            f.setStem("基准试题 " + i);
            f.setPoints(1);
            if (i < 40) {
                f.setType(QuestionType.SINGLE);
                List.of("甲", "乙", "丙", "丁").forEach(o -> f.setOption(f.options().indexOf(null), o));
                f.setAnswer(String.valueOf("ABCD".charAt(i % 4)));
            } else if (i < 70) {
                f.setType(QuestionType.MULTIPLE);
                List.of("甲", "乙", "丙", "丁", "戊").forEach(o -> f.setOption(f.options().indexOf(null), o));
                f.setAnswer(i % 2 == 0 ? "ACE" : "BD");
            } else if (i < 90) {
                f.setType(QuestionType.TRUE_FALSE);
                f.setAnswer(i % 2 == 0 ? "T" : "F");
            } else {
                f.setType(QuestionType.FILL_IN);
                f.setAnswer("生理盐水|NS\n0.9%");
            }
            ids.add(questions.create(f).id());
        }
        return ids;
    }

    private static ExamView exam(ExamService exams, Long unitId, List<Long> questionIds, List<Long> staffIds) {
        ExamForm f = new ExamForm();
        f.setUnitId(unitId);
        f.setTitle("基准理论考试");
        f.setKind(ExamKind.THEORY);
        f.setMode(ExamMode.ONLINE);
        LocalDateTime now = LocalDateTime.now(ExamView.ZONE);
        f.setOpensAt(now.minusMinutes(5));
        f.setClosesAt(now.plusHours(3));
        f.setDurationMinutes(90);
        f.setPassMark(BigDecimal.valueOf(60));
        f.setPassMarkType(ExamPassMarkType.PERCENT);
        f.setAssembly(PaperAssembly.MANUAL);
        ExamView exam = exams.create(f);
        exams.setQuestions(exam.id(), questionIds, null);
        ExamInvitation invitation = new ExamInvitation();
        invitation.setStaffIds(new LinkedHashSet<>(staffIds));
        exam = exams.invite(exam.id(), invitation);
        return exams.publish(exam.id(), exam.version());
    }
}
