package io.hatchery.application.command;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, cut by the database: the items of the page and how many match in all.
 *
 * @param page  0-based page number
 * @param total items matching the filters on all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
