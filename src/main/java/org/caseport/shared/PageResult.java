package org.caseport.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list computed in SQL, with what a pager needs to draw itself. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 25;

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public long offset() {
        return (long) page * size;
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** A page number from a request, clamped to something sensible. */
    public static int clampPage(Integer requested) {
        return requested == null || requested < 0 ? 0 : requested;
    }
}
