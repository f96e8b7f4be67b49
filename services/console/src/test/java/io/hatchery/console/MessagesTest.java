package io.hatchery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every word of the register the console may show has a label in both languages. */
class MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/messages.properties", "/messages_en.properties"})
    void everyKindLevelAndDesignationHasALabel(String bundle) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(bundle)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = new ArrayList<>();
        Vocabulary.CARRIER_KINDS.forEach(kind -> keys.add("kind." + kind));
        Vocabulary.LEVELS.forEach(level -> keys.add("level." + level));
        Vocabulary.DESIGNATIONS.forEach(designation -> keys.add("designation." + designation));
        Vocabulary.MENTOR_KINDS.forEach(kind -> keys.add("mentorKind." + kind));

        assertThat(keys).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
    }
}
