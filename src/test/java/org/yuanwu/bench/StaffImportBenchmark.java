package org.yuanwu.bench;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.yuanwu.YuanwuApplication;
import org.yuanwu.organization.ImportMode;
import org.yuanwu.organization.ImportReport;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.StaffImportService;
import org.yuanwu.organization.UnitForm;
import org.yuanwu.support.StaffWorkbookFile;

/**
 * Imports an N-row staff workbook through {@link StaffImportService} (parse, validate, save,
 * audit) against the database the Spring arguments name, then imports it again (all unchanged).
 * Run by bench/import.sh; not part of mvn verify.
 *
 * Usage: StaffImportBenchmark ROWS [spring arguments…]
 */
public final class StaffImportBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        String[] springArgs = java.util.Arrays.copyOfRange(args, 1, args.length);
        SpringApplication app = new SpringApplication(YuanwuApplication.class);
        app.setDefaultProperties(java.util.Map.of("server.port", "0"));
        try (ConfigurableApplicationContext ctx = app.run(springArgs)) {
            LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
            OrgUnitService units = ctx.getBean(OrgUnitService.class);
            StaffImportService importer = ctx.getBean(StaffImportService.class);
            String code = "BENCH" + System.currentTimeMillis() % 100000;
            UnitForm ward = new UnitForm();
            ward.setCode(code);
            ward.setName("基准测试病区");
            ward.setKind(OrgUnitKind.WARD);
            ward.setParentId(units.create(institution(code)).id());
            units.create(ward);

            StaffWorkbookFile file = new StaffWorkbookFile();
            for (int i = 1; i <= rows; i++) {
                file.nurse(code + "-" + i, i, code);
            }
            byte[] xlsx = file.toXlsx();
            System.out.printf("workbook: %d rows, %d bytes%n", rows, xlsx.length);
            report("first import (all new)", rows, () -> importer.importWorkbook(new ByteArrayInputStream(xlsx), ImportMode.ALL_OR_NOTHING));
            report("re-import (all unchanged)", rows, () -> importer.importWorkbook(new ByteArrayInputStream(xlsx), ImportMode.ALL_OR_NOTHING));
        }
    }

    private static UnitForm institution(String code) {
        UnitForm f = new UnitForm();
        f.setCode(code + "H");
        f.setName("基准测试医院");
        f.setKind(OrgUnitKind.INSTITUTION);
        return f;
    }

    private static void report(String label, int rows, java.util.function.Supplier<ImportReport> run) {
        long start = System.nanoTime();
        ImportReport r = run.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("RESULT %s: %.2f s, %.0f rows/s (created=%d updated=%d unchanged=%d errors=%d saved=%s)%n",
                label, seconds, rows / seconds, r.created(), r.updated(), r.unchanged(), r.errors().size(), r.saved());
    }
}
