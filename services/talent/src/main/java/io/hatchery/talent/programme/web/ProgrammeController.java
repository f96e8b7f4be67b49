package io.hatchery.talent.programme.web;

import io.hatchery.talent.programme.app.ProgrammeCatalog;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The deployment's talent programmes, for everyone who may call the platform. */
@RestController
public class ProgrammeController {

    private final ProgrammeCatalog catalog;

    public ProgrammeController(ProgrammeCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/talent/programmes")
    public List<ProgrammeCatalog.Programme> programmes() {
        return catalog.programmes();
    }
}
