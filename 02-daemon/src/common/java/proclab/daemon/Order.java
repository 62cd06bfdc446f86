package proclab.daemon;

import java.io.Serializable;

/** A print job of task 3: what to print and how many pages. */
public record Order(String job, int pages) implements Serializable {
}
