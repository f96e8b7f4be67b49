package io.hatchery.contracts.evaluation;

/** How a target is measured: 新增 (new in a window), 达到/累计 (stock at a date), 占比 (ratio at a date). */
public enum TargetMeasure {
    NEW,
    STOCK,
    RATIO
}
