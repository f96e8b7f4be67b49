package io.hatchery.contracts.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomUuidsTest {

    @Test
    void theyAreVersionFourWithTheIetfVariant() {
        for (int i = 0; i < 1000; i++) {
            UUID uuid = RandomUuids.next();
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(UUID.fromString(uuid.toString())).isEqualTo(uuid);
        }
    }

    @Test
    void threadsDrawingAtOnceNeverRepeatOne() {
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 8).parallel().forEach(thread -> {
            for (int i = 0; i < 20_000; i++) {
                seen.add(RandomUuids.next());
            }
        });
        assertThat(seen).hasSize(8 * 20_000);
    }

    @Test
    void everyBitOutsideVersionAndVariantVaries() {
        long highOr = 0;
        long highAnd = -1;
        long lowOr = 0;
        long lowAnd = -1;
        for (int i = 0; i < 2000; i++) {
            UUID uuid = RandomUuids.next();
            highOr |= uuid.getMostSignificantBits();
            highAnd &= uuid.getMostSignificantBits();
            lowOr |= uuid.getLeastSignificantBits();
            lowAnd &= uuid.getLeastSignificantBits();
        }
        // Only the version nibble (0100) and the variant bits (10) are fixed.
        assertThat(highOr ^ highAnd).isEqualTo(~0xF000L);
        assertThat(lowOr ^ lowAnd).isEqualTo(0x3FFFFFFFFFFFFFFFL);
    }
}
