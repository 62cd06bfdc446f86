package proclab.mp;

import java.io.Serializable;
import java.util.function.Supplier;

import proclab.mp.internal.manager.Wire;

/**
 * What a proxy knows of its shared object, and all that travels when a proxy is sent to another
 * process: Python's {@code multiprocessing.managers.Token}.
 *
 * @param typeid  the kind of object, as the manager knows it: {@code dict}, {@code Lock}, ...
 * @param id      the object's number in its manager
 * @param address the manager's socket
 * @param manager the manager's process name, for messages
 */
record Token(String typeid, int id, String address, String manager) implements Serializable {
    /** The object's name in messages and timelines: {@code dict#2@SyncManager-1}. */
    String name() {
        return Wire.objectName(typeid, id, manager);
    }

    /** Calls {@code method} on the shared object and returns its result, or raises its exception here. */
    Object call(String method, Object... arguments) {
        return ManagerClient.call(this, method, arguments);
    }

    /** Records a timeline event about the object. */
    void record(String action) {
        if (Timeline.isRecording()) {
            Timeline.record(action, name());
        }
    }

    /**
     * Records a timeline event about the object with a detail, which is made only when recording
     * is on: it may show a large value, and most calls are not recorded.
     */
    void record(String action, Supplier<Object> detail) {
        if (Timeline.isRecording()) {
            Timeline.record(action, name() + " " + ItemChannel.preview(detail.get()));
        }
    }
}
