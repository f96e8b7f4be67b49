package io.hatchery.contracts.talent;

/** A talent or innovation platform linked to a carrier or a firm. */
public enum PlatformKind {
    /** 院士工作站 */
    ACADEMICIAN_WORKSTATION,
    /** 专家工作站 */
    EXPERT_WORKSTATION,
    /** 博士后工作站 */
    POSTDOCTORAL_STATION,
    /** 重点实验室 */
    KEY_LABORATORY,
    /** 技术创新中心 */
    INNOVATION_CENTRE,
    /** 公共技术服务平台 */
    PUBLIC_TECHNICAL_PLATFORM,
    /** 技术转移中心 */
    TECHNOLOGY_TRANSFER_CENTRE
}
