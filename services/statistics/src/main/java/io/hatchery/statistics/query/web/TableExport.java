package io.hatchery.statistics.query.web;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Table export for other features of the service (plan progress). */
public final class TableExport {

    private TableExport() {
    }

    public static MediaType requested(String format, String accept) {
        return Tables.requested(format, accept);
    }

    public static ResponseEntity<byte[]> render(String name, List<String> columns, List<List<Object>> rows,
            MediaType type) {
        return Tables.render(new Tables.Table(name, columns, rows), type);
    }
}
