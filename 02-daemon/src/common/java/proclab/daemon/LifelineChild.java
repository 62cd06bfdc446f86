package proclab.daemon;

/** The child program of task 5. It works forever, unless its lifeline tells it that its parent is gone. */
public final class LifelineChild {
    private LifelineChild() {
    }

    public static void main(String[] args) throws Exception {
        Lifeline.exitWhenParentDies();
        for (int n = 1; ; n++) {
            System.out.println("child working " + n);
            Thread.sleep(100);
        }
    }
}
