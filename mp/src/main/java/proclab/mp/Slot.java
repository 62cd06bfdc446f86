package proclab.mp;

/**
 * How a Java value sits in one 8-byte word of shared memory, for {@link Value} and {@link Array}.
 * Every kind takes a whole word so that each read and write is a single atomic access.
 */
enum Slot {
    INT {
        @Override
        long encode(Object value) {
            return (Integer) value;
        }

        @Override
        Object decode(long word) {
            return (int) word;
        }
    },
    LONG {
        @Override
        long encode(Object value) {
            return (Long) value;
        }

        @Override
        Object decode(long word) {
            return word;
        }
    },
    DOUBLE {
        @Override
        long encode(Object value) {
            return Double.doubleToRawLongBits((Double) value);
        }

        @Override
        Object decode(long word) {
            return Double.longBitsToDouble(word);
        }
    },
    BOOLEAN {
        @Override
        long encode(Object value) {
            return (Boolean) value ? 1 : 0;
        }

        @Override
        Object decode(long word) {
            return word != 0;
        }
    },
    CHAR {
        @Override
        long encode(Object value) {
            return (Character) value;
        }

        @Override
        Object decode(long word) {
            return (char) word;
        }
    };

    static final int SIZE = 8;

    abstract long encode(Object value);

    abstract Object decode(long word);
}
