package org.yuanwu.organization.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.common.web.PagedResponse;
import org.yuanwu.organization.ImportMode;
import org.yuanwu.organization.ImportReport;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffForm;
import org.yuanwu.organization.StaffImportService;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffView;

/** The staff register over JSON; failures become problem details (ApiExceptionHandler). */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Staff", description = "The staff register: search, register, edit, export and workbook import")
class StaffApiController {

    private final StaffService staff;
    private final StaffImportService importer;
    private final StaffSpreadsheets spreadsheets;

    StaffApiController(StaffService staff, StaffImportService importer, StaffSpreadsheets spreadsheets) {
        this.staff = staff;
        this.importer = importer;
        this.spreadsheets = spreadsheets;
    }

    @GetMapping
    @Operation(summary = "Search staff within the caller's data scope, sorted by employee number; ID numbers masked")
    PagedResponse<StaffView> search(
            @ParameterObject StaffFilter filter,
            @Parameter(description = "Page number from 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @RequestParam(required = false) Integer size) {
        return PagedResponse.of(staff.search(filter, PageRequests.of(page, size, StaffController.ORDER)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One staff member; the full ID number only for callers who may edit staff")
    StaffView get(@PathVariable Long id) {
        return staff.get(id);
    }

    @PostMapping
    @Operation(summary = "Register a staff member", responses = @ApiResponse(responseCode = "201",
            description = "Created; Location names the new record"))
    ResponseEntity<StaffView> create(@Valid @RequestBody StaffForm form) {
        StaffView created = staff.create(form);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a staff member; the body's version must be the stored one, else 409")
    StaffView update(@PathVariable Long id, @Valid @RequestBody StaffForm form) {
        return staff.update(id, form);
    }

    @GetMapping("/export")
    @Operation(summary = "The filtered staff list as .xlsx, in the import workbook's columns",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = ExcelSheet.CONTENT_TYPE,
                    schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> export(@ParameterObject StaffFilter filter) {
        return StaffSpreadsheets.download(StaffSpreadsheets.EXPORT_FILE, spreadsheets.export(filter));
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a staff workbook (.xlsx); rows are matched by employee number",
            description = "200 when something was saved or no row was bad; 422 when rows were rejected and "
                    + "nothing was saved. The report lists every bad cell either way.",
            responses = {@ApiResponse(responseCode = "200", description = "Imported (see the report)"),
                    @ApiResponse(responseCode = "422", description = "Bad rows; nothing saved (see the report)")})
    ResponseEntity<ImportReport> importWorkbook(
            @RequestParam(required = false) MultipartFile file,
            @Parameter(description = "ALL_OR_NOTHING (default) saves only a fully valid file; VALID_ROWS saves the good rows")
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode) {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("file", "import.error.noFile");
        }
        ImportReport report;
        try (InputStream in = file.getInputStream()) {
            report = importer.importWorkbook(in, mode);
        } catch (IOException e) {
            throw DomainException.invalid("file", "import.error.notSpreadsheet");
        }
        boolean rejected = !report.saved() && !report.errors().isEmpty();
        return ResponseEntity.status(rejected ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK).body(report);
    }

    @GetMapping("/import/template")
    @Operation(summary = "An empty staff workbook with an example row and a sheet of allowed values and units",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = ExcelSheet.CONTENT_TYPE,
                    schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> template() {
        return StaffSpreadsheets.download(StaffSpreadsheets.TEMPLATE_FILE, spreadsheets.template());
    }
}
