package io.hatchery.talent.imports.domain;

import io.hatchery.contracts.talent.ActivityKind;
import io.hatchery.contracts.talent.Education;
import io.hatchery.contracts.talent.MentorKind;
import io.hatchery.spreadsheets.CellNames;
import io.hatchery.talent.person.domain.IdentityDocument;
import java.util.Locale;
import java.util.Map;

/** Reads the talent register's values as people put them in cells: Chinese names of kinds and yes/no. */
public final class TalentCells {

    private static final Map<String, Education> EDUCATION = Map.of("博士", Education.DOCTORATE, "博士研究生",
            Education.DOCTORATE, "硕士", Education.MASTER, "硕士研究生", Education.MASTER, "本科", Education.BACHELOR,
            "学士", Education.BACHELOR, "其他", Education.OTHER);
    private static final Map<String, MentorKind> MENTORS = Map.of("企业家", MentorKind.ENTREPRENEUR, "投资人",
            MentorKind.INVESTOR, "行业专家", MentorKind.INDUSTRY_EXPERT, "专家", MentorKind.INDUSTRY_EXPERT,
            "学者", MentorKind.ACADEMIC, "高校教师", MentorKind.ACADEMIC);
    private static final Map<String, ActivityKind> ACTIVITIES = Map.of("创业大赛", ActivityKind.COMPETITION,
            "大赛", ActivityKind.COMPETITION, "路演", ActivityKind.ROADSHOW, "培训", ActivityKind.TRAINING,
            "论坛", ActivityKind.FORUM, "沙龙", ActivityKind.FORUM, "对接会", ActivityKind.MATCHMAKING,
            "投融资对接", ActivityKind.MATCHMAKING);
    private static final Map<String, IdentityDocument.Kind> DOCUMENTS = Map.of("身份证", IdentityDocument.Kind.RESIDENT_ID,
            "居民身份证", IdentityDocument.Kind.RESIDENT_ID, "护照", IdentityDocument.Kind.PASSPORT);

    private TalentCells() {
    }

    public static Education education(String value) {
        return CellNames.named(value, EDUCATION, Education.class);
    }

    public static MentorKind mentorKind(String value) {
        return CellNames.named(value, MENTORS, MentorKind.class);
    }

    public static ActivityKind activityKind(String value) {
        return CellNames.named(value, ACTIVITIES, ActivityKind.class);
    }

    public static IdentityDocument.Kind documentKind(String value) {
        return CellNames.named(value, DOCUMENTS, IdentityDocument.Kind.class);
    }

    /** 是/否, yes/no, true/false, 1/0. */
    public static boolean yes(String value) {
        String trimmed = value.trim().toLowerCase(Locale.ROOT);
        if (trimmed.equals("是") || trimmed.equals("yes") || trimmed.equals("true") || trimmed.equals("1")) {
            return true;
        }
        if (trimmed.equals("否") || trimmed.equals("no") || trimmed.equals("false") || trimmed.equals("0")) {
            return false;
        }
        throw new IllegalArgumentException("'" + value + "' is not 是 or 否");
    }
}
