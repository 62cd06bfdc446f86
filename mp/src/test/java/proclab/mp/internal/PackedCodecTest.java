package proclab.mp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import proclab.mp.SerializationException;

/** Values written by PackedWriter come back from PackedReader equal, of the same type, in order. */
class PackedCodecTest {
    record Ticket(String buyer, int seat) implements Serializable {
    }

    private static List<Object> roundTrip(List<Object> values) {
        PackedWriter out = new PackedWriter(4);
        values.forEach(v -> out.writeValue(v, "a test value"));
        PackedReader in = new PackedReader(out.toByteArray(), 0);
        List<Object> back = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            back.add(in.readValue());
        }
        assertThat(in.position()).as("every byte read").isEqualTo(out.size());
        return back;
    }

    @Test
    void everyKindOfValueComesBackEqualAndOfItsType() {
        List<Object> values = Arrays.asList(null, 7, -123_456_789, Long.MIN_VALUE, 2.5, Double.NaN, true, false, 'é',
                "", "héllo wörld", new ArrayList<>(List.of(1, 2)), new Ticket("ada", 12), Integer.MAX_VALUE);
        assertThat(roundTrip(values)).isEqualTo(values)
                .extracting(v -> v == null ? null : v.getClass())
                .isEqualTo(values.stream().map(v -> v == null ? null : v.getClass()).toList());
    }

    @Test
    void byteArraysComeBackAsCopies() {
        byte[] bytes = {1, 2, 3, -1};
        Object back = roundTrip(Arrays.asList("before", bytes, "after")).get(1);
        assertThat(back).isInstanceOf(byte[].class).isNotSameAs(bytes);
        assertThat((byte[]) back).containsExactly(1, 2, 3, -1);
    }

    @Test
    void numbersKeepEveryBit() {
        PackedWriter out = new PackedWriter(1);
        out.writeInt(0x8000_0001);
        out.writeLong(0x8123_4567_89ab_cdefL);
        out.writeByte(0xff);
        PackedReader in = new PackedReader(out.toByteArray(), 0);
        assertThat(in.readInt()).isEqualTo(0x8000_0001);
        assertThat(in.readLong()).isEqualTo(0x8123_4567_89ab_cdefL);
        assertThat(in.readByte()).isEqualTo(-1);
    }

    @Test
    void aValueThatCannotBeSerializedIsNamedAndLeavesNothingWritten() {
        PackedWriter out = new PackedWriter(16);
        out.writeValue("kept", "a test value");
        int before = out.size();
        assertThatThrownBy(() -> out.writeValue(new Object(), "item 3 of a test"))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("item 3 of a test").hasMessageContaining("java.lang.Object is not Serializable");
        assertThat(out.size()).isEqualTo(before);
    }

    @Test
    void anUnknownTagIsAnErrorThatSaysWhere() {
        PackedReader in = new PackedReader(new byte[] {42}, 0);
        assertThatThrownBy(in::readValue).isInstanceOf(IllegalStateException.class).hasMessage("unknown value tag 42 at byte 0");
    }
}
