package io.hatchery.contracts.talent;

import io.hatchery.contracts.EventType;
import io.hatchery.contracts.Topics;
import java.util.List;

/** Event types published by the talent service: never a person's name, identity number, phone or email (ADR 12). */
public final class TalentEvents {

    public static final EventType<TalentRegistered> TALENT_REGISTERED = new EventType<>(
            "hatchery.talent.registered.v1", TalentRegistered.class, Topics.TALENT_TALENTS);

    public static final EventType<TalentRecognized> TALENT_RECOGNIZED = new EventType<>(
            "hatchery.talent.recognized.v1", TalentRecognized.class, Topics.TALENT_TALENTS);

    public static final EventType<RecognitionEnded> RECOGNITION_ENDED = new EventType<>(
            "hatchery.talent.recognition-ended.v1", RecognitionEnded.class, Topics.TALENT_TALENTS);

    public static final EventType<TalentAffiliated> TALENT_AFFILIATED = new EventType<>(
            "hatchery.talent.affiliated.v1", TalentAffiliated.class, Topics.TALENT_TALENTS);

    public static final EventType<TalentErased> TALENT_ERASED = new EventType<>(
            "hatchery.talent.erased.v1", TalentErased.class, Topics.TALENT_TALENTS);

    public static final EventType<MentorEngaged> MENTOR_ENGAGED = new EventType<>(
            "hatchery.talent.mentor-engaged.v1", MentorEngaged.class, Topics.TALENT_TALENTS);

    public static final EventType<MentorReleased> MENTOR_RELEASED = new EventType<>(
            "hatchery.talent.mentor-released.v1", MentorReleased.class, Topics.TALENT_TALENTS);

    public static final EventType<MentoringStarted> MENTORING_STARTED = new EventType<>(
            "hatchery.talent.mentoring-started.v1", MentoringStarted.class, Topics.TALENT_TALENTS);

    public static final EventType<MentoringEnded> MENTORING_ENDED = new EventType<>(
            "hatchery.talent.mentoring-ended.v1", MentoringEnded.class, Topics.TALENT_TALENTS);

    public static final EventType<StaffReported> STAFF_REPORTED = new EventType<>(
            "hatchery.talent.staff-reported.v1", StaffReported.class, Topics.TALENT_STAFF);

    public static final EventType<OperatingTeamContracted> OPERATING_TEAM_CONTRACTED = new EventType<>(
            "hatchery.talent.operating-team-contracted.v1", OperatingTeamContracted.class, Topics.TALENT_TEAMS);

    public static final EventType<OperatingTeamContractEnded> OPERATING_TEAM_CONTRACT_ENDED = new EventType<>(
            "hatchery.talent.operating-team-contract-ended.v1", OperatingTeamContractEnded.class, Topics.TALENT_TEAMS);

    public static final EventType<PlatformEstablished> PLATFORM_ESTABLISHED = new EventType<>(
            "hatchery.talent.platform-established.v1", PlatformEstablished.class, Topics.TALENT_PLATFORMS);

    public static final EventType<PlatformClosed> PLATFORM_CLOSED = new EventType<>(
            "hatchery.talent.platform-closed.v1", PlatformClosed.class, Topics.TALENT_PLATFORMS);

    public static final EventType<ActivityHeld> ACTIVITY_HELD = new EventType<>(
            "hatchery.talent.activity-held.v1", ActivityHeld.class, Topics.TALENT_ACTIVITIES);

    public static final List<EventType<?>> ALL = List.of(
            TALENT_REGISTERED, TALENT_RECOGNIZED, RECOGNITION_ENDED, TALENT_AFFILIATED, TALENT_ERASED, MENTOR_ENGAGED,
            MENTOR_RELEASED, MENTORING_STARTED, MENTORING_ENDED, STAFF_REPORTED, OPERATING_TEAM_CONTRACTED,
            OPERATING_TEAM_CONTRACT_ENDED, PLATFORM_ESTABLISHED, PLATFORM_CLOSED, ACTIVITY_HELD);

    private TalentEvents() {
    }
}
