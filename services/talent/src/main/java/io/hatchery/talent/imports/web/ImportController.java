package io.hatchery.talent.imports.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.spreadsheets.ImportReport;
import io.hatchery.spreadsheets.SheetTemplate;
import io.hatchery.talent.imports.app.ImportService;
import io.hatchery.talent.imports.domain.ImportType;
import io.hatchery.web.security.Roles;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import from spreadsheets: {@code POST /api/talent/imports?type=talents|mentors|activities} with a multipart
 * {@code file} (.xlsx or .csv); a result per row, which never repeats a person's data. Columns in the templates
 * ({@code GET /api/talent/imports/templates/talents.xlsx}).
 */
@RestController
@RequestMapping("/api/talent/imports")
public class ImportController {

    private static final MediaType XLSX = MediaType.parseMediaType(SheetTemplate.XLSX);

    private final ImportService imports;

    public ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Roles.CARRIER_REPORTERS)
    public ImportReport importFile(Actor actor, @RequestParam String type, @RequestParam MultipartFile file)
            throws IOException {
        return imports.importFile(actor, type(type), file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/templates/{type}.xlsx")
    public ResponseEntity<byte[]> template(@PathVariable String type) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(type + "-template.xlsx").build().toString())
                .body(SheetTemplate.xlsx(type, type(type)));
    }

    private static ImportType type(String type) {
        try {
            return ImportType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("type", "must be talents, mentors or activities");
        }
    }
}
