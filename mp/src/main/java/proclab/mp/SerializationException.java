package proclab.mp;

/**
 * Something that must travel to another process cannot be serialized. The message names the
 * object and, where it can, the field or captured value that is not {@link java.io.Serializable}.
 */
public class SerializationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public SerializationException(String message, Throwable cause) {
        super(message, cause);
    }
}
