package io.hatchery.application.command;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param page  0-based page number
 * @param total items matching the filters on all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <T> Page<T> of(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(all.subList(from, to), page, size, all.size());
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
