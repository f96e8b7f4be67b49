package io.hatchery.contracts;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates an event may carry: from 1900 to 2199. Incubation began in China in 1987; a date outside this range is a
 * typing slip or a probe (year 999999999), and a consumer that files figures by month must not be asked to allocate
 * for it. Consumers check an event's dates before they change anything.
 */
public final class EffectiveDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private static final ClassValue<List<Method>> DATE_ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> accessors = new ArrayList<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getType() == LocalDate.class) {
                        accessors.add(component.getAccessor());
                    }
                }
            }
            return List.copyOf(accessors);
        }
    };

    private EffectiveDates() {
    }

    public static boolean inRange(LocalDate date) {
        return date == null || !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /**
     * @throws IllegalArgumentException naming the first date of the event (a top-level field) outside the range
     */
    public static void check(DomainEvent event) {
        for (Method accessor : DATE_ACCESSORS.get(event.getClass())) {
            LocalDate date;
            try {
                date = (LocalDate) accessor.invoke(event);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor.getName() + " of " + event, e);
            }
            if (!inRange(date)) {
                throw new IllegalArgumentException(accessor.getName() + " " + date + " is outside " + EARLIEST
                        + ".." + LATEST);
            }
        }
    }
}
