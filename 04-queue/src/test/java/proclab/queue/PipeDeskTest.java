package proclab.queue;

import static org.assertj.core.api.Assertions.fail;

import proclab.testkit.Graded;

/** Task 3: the desk and its kitchen talk over one two-way pipe, and the end of file closes the kitchen. */
class PipeDeskTest {
    private static final String CALL = "overPipe(" + Conversation.ORDERS + ")";

    private static Trace talk() {
        return Conversation.talk(CALL, () -> PipeDesk.overPipe(Conversation.ORDERS), "pipe.recv",
                "the kitchen was still waiting in recv(): it never read end of file. The kitchen reads end of file"
                        + " only when every copy of the desk's end is closed: the desk's own copy (close it after the"
                        + " last dish), and any copy the kitchen got (give the kitchen's target only its own end,"
                        + " not the whole Pipe).");
    }

    @Graded(task = 3, points = 8, hint = "new Pipe() has two ends: first() for the desk, second() for the kitchen."
            + " The desk sends an order and recv()s its dish; the kitchen recv()s an order and sends the dish.")
    void theKitchenAnswersOverAPipe() {
        Trace trace = talk();
        Conversation.checkOneOrderAtATime(trace, "pipe.send", "pipe.recv");
    }

    @Graded(task = 3, points = 7, hint = "No closing-time order over a pipe: the desk closes its end, and the"
            + " kitchen's recv() throws EOFError. Catch it to end the kitchen's loop. Let the kitchen's target"
            + " capture only the kitchen's end.")
    void closingTheDeskEndStopsTheKitchen() {
        if (Conversation.carrying(talk(), Trace.MAIN, "pipe.send", Kitchen.CLOSING).isPresent()) {
            fail("The desk sent \"" + Kitchen.CLOSING + "\" through the pipe. Over a pipe, the signal is the end of"
                    + " file: close the desk's end, and let the kitchen stop when recv() throws EOFError.");
        }
    }
}
