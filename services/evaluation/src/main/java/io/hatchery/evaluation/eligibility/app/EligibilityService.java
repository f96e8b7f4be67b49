package io.hatchery.evaluation.eligibility.app;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.RegionAccessDeniedException;
import io.hatchery.application.access.RegionScope;
import io.hatchery.application.access.Role;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.evaluation.activity.store.ActivityStore;
import io.hatchery.evaluation.cycle.domain.Cycle;
import io.hatchery.evaluation.cycle.domain.Submission;
import io.hatchery.evaluation.eligibility.domain.Eligibility;
import io.hatchery.evaluation.eligibility.domain.Eligibility.Fact;
import io.hatchery.evaluation.eligibility.domain.RuleSet;
import io.hatchery.persistence.AggregateNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Certification checks: a carrier's facts (from the registry, the platform's own figures of a year, and its latest
 * annual submission) against a rule set.
 */
@Service
public class EligibilityService {

    private final Map<String, RuleSet> ruleSets = new TreeMap<>();
    private final ActivityStore activity;
    private final MongoTemplate mongo;
    private final RegionScope scope;
    private final Clock clock;

    public EligibilityService(ActivityStore activity, MongoTemplate mongo, RegionScope scope, Clock clock) {
        this.activity = activity;
        this.mongo = mongo;
        this.scope = scope;
        this.clock = clock;
        YAMLMapper yaml = YAMLMapper.builder().build();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(
                    "classpath*:eligibility/*.yaml")) {
                try (InputStream in = resource.getInputStream()) {
                    RuleSet rules = yaml.readValue(in, RuleSet.class);
                    ruleSets.put(rules.id(), rules);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the certification rule sets", e);
        }
    }

    public Map<String, String> ruleSets() {
        Map<String, String> names = new TreeMap<>();
        ruleSets.forEach((id, rules) -> names.put(id, rules.name()));
        return names;
    }

    /** @param year the year whose figures count (default: last year) */
    public Eligibility.Report check(Actor actor, String carrierId, String ruleSet, Integer year) {
        RuleSet rules = ruleSets.get(ruleSet);
        if (rules == null) {
            throw InvalidRequestException.of("ruleSet", "'" + ruleSet + "' is not a rule set; known: "
                    + ruleSets.keySet());
        }
        ActivityStore.CarrierActivity carrier = activity.carrier(carrierId)
                .orElseThrow(() -> new AggregateNotFoundException("carrier", carrierId));
        if (!actor.operates(carrierId)) {
            if (!actor.hasAny(Role.PROVINCE_ADMIN, Role.CITY_OFFICER, Role.AUDITOR)) {
                throw new RegionAccessDeniedException(carrier.region(), "you may check your own carrier "
                        + actor.carrier() + " only");
            }
            scope.requireRead(actor, carrier.region());
        }
        int of = year != null ? year : LocalDate.now(clock).getYear() - 1;
        return Eligibility.assess(rules, facts(carrierId, of));
    }

    /**
     * What the carrier submitted where it submitted it, else what the platform computed from the other services'
     * events: a carrier knows figures the platform sees only in part (financing from outside the platform's funds).
     */
    private Map<String, Fact> facts(String carrierId, int year) {
        Map<String, Fact> facts = new HashMap<>();
        Submission submission = latestSubmission(carrierId);
        if (submission != null) {
            submission.figures().forEach((figure, value) -> facts.put(figure, new Fact(value,
                    "annual submission " + submission.submittedOn())));
        }
        activity.metrics(carrierId, year).forEach((metric, value) -> facts.putIfAbsent(metric, new Fact(value,
                metric.contains("area") || metric.equals("operating_years") ? "registry" : "platform " + year)));
        ratio(facts, "incubation_area_share", "incubation_area", "total_area", 100);
        ratio(facts, "service_staff_share", "staff_service", "staff_total", 100);
        ratio(facts, "mentors_per_10_firms", "mentors", "firms_incubating", 10);
        ratio(facts, "financed_share", "firms_financed", "firms_count", 100);
        ratio(facts, "ip_share", "firms_with_patents", "firms_count", 100);
        return facts;
    }

    private static void ratio(Map<String, Fact> facts, String name, String part, String whole, int scale) {
        Fact numerator = facts.get(part);
        Fact denominator = facts.get(whole);
        if (numerator != null && denominator != null && denominator.value().signum() > 0) {
            facts.put(name, new Fact(numerator.value().multiply(BigDecimal.valueOf(scale))
                    .divide(denominator.value(), 2, RoundingMode.HALF_UP), numerator.source() + " / "
                    + denominator.source()));
        }
    }

    /** The carrier's most recent submission that was not returned, in any cycle. */
    private Submission latestSubmission(String carrierId) {
        Query query = Query.query(Criteria.where("state.carriers").is(carrierId))
                .with(Sort.by(Sort.Direction.DESC, "state.year"));
        for (Document document : mongo.find(query, Document.class, "cycles")) {
            Cycle cycle = mongo.getConverter().read(Cycle.class, document.get("state", Document.class));
            Submission submission = cycle.submissions().get(carrierId);
            if (submission != null && submission.counts()) {
                return submission;
            }
        }
        return null;
    }
}
