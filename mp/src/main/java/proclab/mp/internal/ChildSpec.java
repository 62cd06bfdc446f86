package proclab.mp.internal;

import java.util.Map;

/**
 * What a parent tells a new child besides the process object itself.
 *
 * @param parentPid     the parent's pid, for {@code parentProcess()}
 * @param parentName    the parent's process name
 * @param properties    the parent's {@code proclab.*} system properties, which children inherit
 * @param treeDirectory the tree's shared directory (see {@link TreeDirectory})
 * @param authkey       the tree's authentication key
 */
public record ChildSpec(long parentPid, String parentName, Map<String, String> properties,
        String treeDirectory, byte[] authkey) {
}
