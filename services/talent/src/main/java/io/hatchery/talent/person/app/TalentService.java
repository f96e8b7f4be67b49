package io.hatchery.talent.person.app;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.RegionAccessDeniedException;
import io.hatchery.application.access.RegionScope;
import io.hatchery.application.access.Role;
import io.hatchery.application.command.Commands;
import io.hatchery.application.command.Idempotency;
import io.hatchery.application.command.Page;
import io.hatchery.application.context.EventContexts;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.application.region.RegionChecks;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.contracts.talent.Education;
import io.hatchery.contracts.talent.MentorKind;
import io.hatchery.directory.CarrierEntry;
import io.hatchery.directory.FirmEntry;
import io.hatchery.directory.RegistryDirectory;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.messaging.outbox.AggregateStores;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateAlreadyExistsException;
import io.hatchery.persistence.AggregateStore;
import io.hatchery.talent.carrier.app.CarrierAccess;
import io.hatchery.talent.person.domain.IdentityDocument;
import io.hatchery.talent.person.domain.Masks;
import io.hatchery.talent.person.domain.Talent;
import io.hatchery.talent.person.domain.TalentRules;
import io.hatchery.talent.person.store.PersonalDataVault;
import io.hatchery.talent.person.store.TalentListing;
import io.hatchery.talent.programme.app.ProgrammeCatalog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The talent register. Talent officers (and the province's administrator) keep the people of their region; officers
 * and auditors read them with personal data masked; only a talent officer of the person's region reads it in full.
 * Personal data is sealed before it is stored and opened only for who may read it (ADR 12).
 */
@Service
public class TalentService {

    /** People read from the database at a time by an export. */
    private static final int EXPORT_BATCH = 200;

    private final AggregateStore<Talent> talents;
    private final PersonalDataVault vault;
    private final RegistryDirectory directory;
    private final CarrierAccess carriers;
    private final ProgrammeCatalog programmes;
    private final RegionCatalog regions;
    private final RegionScope scope;
    private final EventContexts eventContexts;
    private final Clock clock;

    public TalentService(AggregateStores stores, PersonalDataVault vault, RegistryDirectory directory,
            CarrierAccess carriers, ProgrammeCatalog programmes, RegionCatalog regions, RegionScope scope, EventContexts eventContexts,
            Clock clock) {
        this.talents = stores.create("talents", "talent", Talent.class, Talent::region, TalentListing.LISTING);
        this.vault = vault;
        this.directory = directory;
        this.carriers = carriers;
        this.programmes = programmes;
        this.regions = regions;
        this.scope = scope;
        this.eventContexts = eventContexts;
        this.clock = clock;
    }

    /** What a registration states, in the clear (it is sealed before it is stored). */
    public record Registration(IdentityDocument.Kind documentKind, String documentNumber, String name, String phone,
            String email, String region, Education education, boolean returnee, String field,
            LocalDate registeredOn) {
    }

    /** A person's personal data as the caller may see it: in full, masked, or nothing once erased. */
    public record PersonalData(boolean inFull, String name, String documentNumber, String phone, String email) {
    }

    public record TalentDetails(Aggregate<Talent> talent, PersonalData personal) {
    }

    /**
     * Registers a person: one per identity document, found by its blind index; the same document again is a 409
     * naming the person it belongs to (never the document). With an Idempotency-Key a retry returns the first registration.
     */
    public TalentDetails register(Actor actor, Registration registration, String idempotencyKey) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> problems = new ArrayList<>();
        RegionChecks.checkKnown(regions, "region", registration.region(), problems);
        TalentRules.problems(registration.documentKind(), registration.documentNumber(), registration.name(),
                registration.phone(), registration.email(), registration.registeredOn(), today)
                .forEach(problem -> problems.add(new FieldError(problem.field(), problem.message())));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        requireKeeper(actor, registration.region());
        String id = "talent-" + Idempotency.aggregateId("talent", actor.subject(), idempotencyKey);
        String number = IdentityDocument.normalise(registration.documentNumber());
        String documentIndex = vault.blindIndex(registration.documentKind().name(), number);
        // A keyed digest, not a plain hash: a plain hash of a registration could be searched for a known person
        String requestFingerprint = idempotencyKey == null ? null : vault.keyedDigest(registration.toString());
        List<Aggregate<Talent>> holders = talents.find(TalentListing.byDocument(documentIndex));
        if (!holders.isEmpty()) {
            Aggregate<Talent> holder = holders.get(0);
            if (holder.id().equals(id) && requestFingerprint != null
                    && requestFingerprint.equals(holder.requestFingerprint())) {
                return details(actor, holder);
            }
            throw new AggregateAlreadyExistsException("talent", holder.id());
        }
        vault.createKey(id);
        Talent talent = new Talent(id, registration.region(), registration.documentKind(), documentIndex,
                new Talent.Sealed(vault.seal(id, "name", registration.name().trim()),
                        vault.seal(id, "documentNumber", number), vault.seal(id, "phone", registration.phone()),
                        vault.seal(id, "email", registration.email())),
                registration.education(), registration.returnee(), registration.field(), null, List.of(),
                List.of(), List.of(), registration.registeredOn() != null ? registration.registeredOn() : today,
                false);
        return details(actor, Commands.create(talents, id, () -> TalentRules.register(talent),
                eventContexts.of(actor), requestFingerprint));
    }

    /** The id of the person holding an identity document, found by its blind index; nothing personal is read. */
    public Optional<String> holderOf(IdentityDocument.Kind kind, String documentNumber) {
        String index = vault.blindIndex(kind.name(), IdentityDocument.normalise(documentNumber));
        return talents.find(TalentListing.byDocument(index)).stream().map(Aggregate::id).findFirst();
    }

    /** A digest of a row of personal data that only this deployment can compute, to key its import by. */
    public String importKey(String row) {
        return "import-" + vault.keyedDigest(row);
    }

    public TalentDetails get(Actor actor, String id) {
        Aggregate<Talent> talent = talents.require(id);
        scope.requireRead(actor, talent.state().region());
        return details(actor, talent);
    }

    /** People of a region subtree (default: the caller's), recognised by a programme if given. */
    public Page<TalentDetails> list(Actor actor, String region, String programme, int page, int size) {
        String subtree = region != null ? region : actor.region();
        RegionChecks.requireKnown(regions, "region", subtree);
        scope.requireRead(actor, subtree);
        Query query = TalentListing.page(regions.subtreeCodes(subtree), programme, page, size);
        return new Page<>(talents.find(query), page, size, talents.count(query)).map(talent -> details(actor, talent));
    }

    /**
     * The mentors the carrier engages now, for who may read its records (its operator, officers, talent officers
     * and auditors of its region); their names masked but for a talent officer of the person's region.
     */
    public Page<NamedTalent> mentorsOf(Actor actor, String carrierId, int page, int size) {
        CarrierEntry carrier = carriers.requireRead(actor, carrierId);
        Query query = TalentListing.mentorsOf(carrier.id(), page, size);
        return new Page<>(talents.find(query), page, size, talents.count(query))
                .map(talent -> named(actor, talent.state()));
    }

    /** A person shown by name only (null once erased): in full for a talent officer of their region, else masked. */
    public record NamedTalent(Talent talent, String name, boolean nameInFull) {
    }

    /**
     * What an export of the register will hold, settled before its first byte: the region subtree (default: the
     * caller's), the programme if one, and whether personal data is in full (a talent officer of the whole subtree)
     * or masked.
     */
    public record ExportScope(String region, List<String> regionCodes, String programme,
            boolean personalDataInFull) {
    }

    public ExportScope exportScope(Actor actor, String region, String programme) {
        String subtree = region != null ? region : actor.region();
        RegionChecks.requireKnown(regions, "region", subtree);
        scope.requireRead(actor, subtree);
        if (programme != null && programmes.find(programme).isEmpty()) {
            throw InvalidRequestException.of("programme", "'" + programme + "' is not in the catalogue");
        }
        return new ExportScope(subtree, regions.subtreeCodes(subtree), programme,
                actor.has(Role.TALENT_OFFICER) && scope.covers(actor, subtree));
    }

    /**
     * Hands the people of an export's scope to {@code sink} one by one, read from the database a batch at a time in
     * registration order, so that an export's memory does not grow with the register.
     */
    public void export(Actor actor, ExportScope export, Consumer<TalentDetails> sink) {
        String after = null;
        List<Aggregate<Talent>> batch;
        do {
            batch = talents.find(TalentListing.after(export.regionCodes(), export.programme(), after, EXPORT_BATCH));
            for (Aggregate<Talent> talent : batch) {
                sink.accept(details(actor, talent));
                after = TalentListing.sortKey(talent.state());
            }
        } while (batch.size() == EXPORT_BATCH);
    }

    public TalentDetails recognise(Actor actor, String id, Long expectedVersion, String programme, int year,
            LocalDate on) {
        ProgrammeCatalog.Programme known = programmes.find(programme).orElseThrow(() -> InvalidRequestException.of(
                "programme", "'" + programme + "' is not in the catalogue; known: " + programmes.programmes()
                        .stream().map(ProgrammeCatalog.Programme::code).toList()));
        requireNotFuture("recognisedOn", on);
        return change(actor, id, expectedVersion, talent -> TalentRules.recognise(talent, known.code(),
                known.level(), year, on));
    }

    public TalentDetails endRecognition(Actor actor, String id, Long expectedVersion, String programme,
            LocalDate on) {
        requireNotFuture("endedOn", on);
        return change(actor, id, expectedVersion, talent -> TalentRules.endRecognition(talent, programme, on));
    }

    public TalentDetails affiliate(Actor actor, String id, Long expectedVersion, String firmId, String carrierId,
            boolean founder, LocalDate on) {
        requireNotFuture("since", on);
        return change(actor, id, expectedVersion, talent -> TalentRules.affiliate(talent, firmId, carrierId, founder,
                on));
    }

    /**
     * A carrier engages the person as a mentor: officers of the carrier's region, talent keepers, or the carrier's
     * operator for its own carrier.
     */
    public TalentDetails engage(Actor actor, String id, Long expectedVersion, String carrierId, MentorKind kind,
            List<String> expertise, LocalDate since) {
        requireNotFuture("since", since);
        CarrierEntry carrier = carriers.requireWrite(actor, carrierId);
        return mentoring(actor, id, expectedVersion, carrier, talent -> TalentRules.engage(talent, carrier.id(),
                carrier.region(), kind, expertise, since));
    }

    public TalentDetails release(Actor actor, String id, Long expectedVersion, String carrierId, LocalDate on) {
        requireNotFuture("releasedOn", on);
        CarrierEntry carrier = carriers.requireWrite(actor, carrierId);
        return mentoring(actor, id, expectedVersion, carrier, talent -> TalentRules.release(talent, carrier.id(), on));
    }

    /** A mentor engaged by the carrier coaches one of its firms (or any registered firm, for an officer). */
    public TalentDetails startMentoring(Actor actor, String id, Long expectedVersion, String firmId,
            String carrierId, LocalDate since) {
        requireNotFuture("since", since);
        FirmEntry firm = directory.firm(firmId).orElseThrow(() -> InvalidRequestException.of("firmId",
                "no firm " + firmId + " is registered"));
        CarrierEntry carrier = carriers.requireWrite(actor, carrierId);
        return mentoring(actor, id, expectedVersion, carrier, talent -> TalentRules.startMentoring(talent,
                firm.id(), carrier.id(), carrier.region(), since));
    }

    public TalentDetails endMentoring(Actor actor, String id, Long expectedVersion, String firmId, String carrierId,
            LocalDate on) {
        requireNotFuture("endedOn", on);
        CarrierEntry carrier = carriers.requireWrite(actor, carrierId);
        return mentoring(actor, id, expectedVersion, carrier, talent -> TalentRules.endMentoring(talent, firmId,
                carrier.region(), on));
    }

    /** A change of the person's mentoring, for who may act for the carrier it concerns. */
    private TalentDetails mentoring(Actor actor, String id, Long expectedVersion, CarrierEntry carrier,
            Function<Talent, Decision<Talent>> command) {
        return details(actor, Commands.execute(talents, id, expectedVersion, talent -> { }, command,
                eventContexts.of(actor)));
    }

    /**
     * Erases the person's personal data: their data key is destroyed (every sealed copy, backups included, is
     * unreadable from then on) and the sealed fields are dropped; what counted them stays.
     */
    public TalentDetails erase(Actor actor, String id, Long expectedVersion) {
        TalentDetails erased = change(actor, id, expectedVersion, talent -> TalentRules.erase(talent,
                LocalDate.now(clock)));
        vault.destroyKey(id);
        return erased;
    }

    private TalentDetails change(Actor actor, String id, Long expectedVersion,
            Function<Talent, Decision<Talent>> command) {
        return details(actor, Commands.execute(talents, id, expectedVersion,
                talent -> requireKeeper(actor, talent.region()), command, eventContexts.of(actor)));
    }

    /** Talent officers and the province's administrator keep the register, inside their region. */
    public void requireKeeper(Actor actor, String region) {
        if (!actor.hasAny(Role.PROVINCE_ADMIN, Role.TALENT_OFFICER)) {
            throw new RegionAccessDeniedException(region, "talent officers keep the talent register");
        }
        scope.requireWrite(actor, region);
    }

    private void requireNotFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            throw InvalidRequestException.of(field, "is in the future");
        }
    }

    private TalentDetails details(Actor actor, Aggregate<Talent> talent) {
        return new TalentDetails(talent, personal(actor, talent.state()));
    }

    /** Opens the name alone: a list of people by name need not open their document, phone and email. */
    private NamedTalent named(Actor actor, Talent talent) {
        if (talent.erased()) {
            return new NamedTalent(talent, null, false);
        }
        String name = vault.open(talent.id(), "name", talent.sealed().name()).orElse(null);
        boolean inFull = readsInFull(actor, talent);
        return new NamedTalent(talent, inFull ? name : Masks.name(name), inFull);
    }

    /** Personal data in full is for a talent officer of the person's region only. */
    private boolean readsInFull(Actor actor, Talent talent) {
        return actor.has(Role.TALENT_OFFICER) && scope.covers(actor, talent.region());
    }

    /** In full for a talent officer of the person's region only; masked for everyone else who may read them. */
    private PersonalData personal(Actor actor, Talent talent) {
        if (talent.erased()) {
            return new PersonalData(false, null, null, null, null);
        }
        Talent.Sealed sealed = talent.sealed();
        String name = vault.open(talent.id(), "name", sealed.name()).orElse(null);
        String number = vault.open(talent.id(), "documentNumber", sealed.documentNumber()).orElse(null);
        String phone = vault.open(talent.id(), "phone", sealed.phone()).orElse(null);
        String email = vault.open(talent.id(), "email", sealed.email()).orElse(null);
        if (readsInFull(actor, talent)) {
            return new PersonalData(true, name, number, phone, email);
        }
        return new PersonalData(false, Masks.name(name), number == null ? null
                : new IdentityDocument(talent.documentKind(), number).masked(), Masks.phone(phone),
                Masks.email(email));
    }
}
