package io.hatchery.talent.person.web;

import io.hatchery.application.access.Actor;
import io.hatchery.spreadsheets.SpreadsheetWriter;
import io.hatchery.talent.person.app.TalentService;
import io.hatchery.talent.person.app.TalentService.ExportScope;
import io.hatchery.talent.person.domain.Talent;
import io.hatchery.web.security.Roles;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The talent register as a file ({@code GET /api/talent/exports/talents?format=csv|xlsx}), for whoever may read it.
 * Personal data is masked unless the caller is a talent officer of the whole region exported; the file says which,
 * and the {@value #PERSONAL_DATA_HEADER} header tells a program ({@code full} or {@code masked}). Written as it is
 * read, so a province's register costs no more memory than a county's.
 */
@RestController
@RequestMapping("/api/talent/exports")
public class TalentExportController {

    static final String PERSONAL_DATA_HEADER = "Hatchery-Personal-Data";
    private static final List<String> COLUMNS = List.of("编号", "地区", "证件类型", "证件号码", "姓名", "电话", "邮箱",
            "学历", "海外归国", "领域", "创始人", "所在企业", "所在载体", "人才计划", "登记日期", "个人信息已删除");

    private static final Logger log = LoggerFactory.getLogger(TalentExportController.class);

    private final TalentService talents;
    private final Clock clock;

    public TalentExportController(TalentService talents, Clock clock) {
        this.talents = talents;
        this.clock = clock;
    }

    @GetMapping("/talents")
    @PreAuthorize(Roles.TALENT_READERS)
    @ApiResponse(responseCode = "200", description = "the register of the region, one person per row",
            content = {@Content(mediaType = "text/csv"),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    public void talents(Actor actor, @RequestParam(required = false) String region,
            @RequestParam(required = false) String programme, @RequestParam(defaultValue = "xlsx") String format,
            HttpServletResponse response) throws IOException {
        SpreadsheetWriter.Format file = SpreadsheetWriter.Format.parse("format", format);
        ExportScope scope = talents.exportScope(actor, region, programme);
        response.setContentType(file.mediaType());
        response.setHeader(PERSONAL_DATA_HEADER, scope.personalDataInFull() ? "full" : "masked");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("talents-" + scope.region() + "." + file.extension()).build().toString());
        OutputStream out = response.getOutputStream();
        int[] people = {0};
        try (SpreadsheetWriter writer = SpreadsheetWriter.open(file, out,
                scope.personalDataInFull() ? "人才（含个人信息）" : "人才（个人信息已脱敏）", notice(actor, scope),
                COLUMNS)) {
            talents.export(actor, scope, details -> {
                writer.row(row(details));
                people[0]++;
            });
        }
        out.flush();
        // Who took personal data out, and how much, is on record (PIPL: the handler answers for every provision).
        log.info("Talent register of {} exported by {} {} of {}: {} people, personal data {}", scope.region(),
                actor.subject(), actor.roles(), actor.region(), people[0],
                scope.personalDataInFull() ? "in full" : "masked");
    }

    private List<String> notice(Actor actor, ExportScope scope) {
        List<String> notice = new ArrayList<>();
        if (scope.personalDataInFull()) {
            notice.add("本文件含个人信息（姓名、证件号码、电话、邮箱）明文，仅供导出人履行人才工作职责使用；"
                    + "请依《个人信息保护法》妥善保管，不得对外提供。");
            notice.add("This file contains personal data in full (name, identity document number, phone, email),"
                    + " for the exporting officer's duties only.");
        } else {
            notice.add("本文件中的个人信息（姓名、证件号码、电话、邮箱）已脱敏。");
            notice.add("Personal data in this file (name, identity document number, phone, email) is masked.");
        }
        notice.add("导出 Exported by: " + actor.subject() + " " + actor.roles() + " " + actor.region() + ", "
                + OffsetDateTime.now(clock) + "; 范围 scope: " + scope.region()
                + (scope.programme() == null ? "" : ", 人才计划 programme " + scope.programme()));
        return notice;
    }

    private static List<Object> row(TalentService.TalentDetails details) {
        Talent talent = details.talent().state();
        TalentService.PersonalData personal = details.personal();
        Talent.Affiliation affiliation = talent.affiliation();
        return Arrays.asList(talent.id(), talent.region(), talent.documentKind(), personal.documentNumber(),
                personal.name(), personal.phone(), personal.email(), talent.education(), yesNo(talent.returnee()),
                talent.field(), affiliation == null ? null : yesNo(affiliation.founder()),
                affiliation == null ? null : affiliation.firmId(), affiliation == null ? null : affiliation.carrierId(),
                String.join(";", talent.recognitions().stream().filter(r -> r.until() == null)
                        .map(Talent.Recognition::programme).toList()), talent.registeredOn(), yesNo(talent.erased()));
    }

    private static String yesNo(boolean value) {
        return value ? "是" : "否";
    }
}
