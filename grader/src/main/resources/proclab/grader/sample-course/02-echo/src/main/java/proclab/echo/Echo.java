package proclab.echo;

/** Prints its arguments; its exit code is how many there were. */
public final class Echo {
    private Echo() {
    }

    public static void main(String[] args) {
        // TODO 1: print the arguments on one line, separated by spaces
        // TODO 2: exit with the number of arguments as the exit code
        throw new UnsupportedOperationException("TODO 1: print the arguments");
    }
}
