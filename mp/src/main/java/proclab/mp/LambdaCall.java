package proclab.mp;

import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.MethodType;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * A target lambda rebuilt in a child as a call of its implementation method: the body javac
 * compiled into a method of the enclosing class, with the captured values as its arguments (the
 * first one is the receiver when the lambda used {@code this}, or for a method reference such as
 * {@code worker::run}).
 */
final class LambdaCall implements Target {
    private static final long serialVersionUID = 1L;

    private final String implClass;
    private final String method;
    private final String signature;
    private final int kind;
    private final Object[] captured;

    LambdaCall(String implClass, String method, String signature, int kind, Object[] captured) {
        this.implClass = implClass;
        this.method = method;
        this.signature = signature;
        this.kind = kind;
        this.captured = captured;
    }

    /** The kinds of implementation method a call can stand for. */
    static boolean supports(SerializedLambda lambda) {
        switch (lambda.getImplMethodKind()) {
            case MethodHandleInfo.REF_invokeStatic:
                return true;
            case MethodHandleInfo.REF_invokeVirtual:
            case MethodHandleInfo.REF_invokeInterface:
            case MethodHandleInfo.REF_invokeSpecial:
            case MethodHandleInfo.REF_newInvokeSpecial:
                return lambda.getCapturedArgCount() > 0 || lambda.getImplMethodKind() == MethodHandleInfo.REF_newInvokeSpecial;
            default:
                return false;
        }
    }

    @Override
    public void run() throws Exception {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Class<?> owner = Class.forName(implClass, true, loader);
        Class<?>[] parameters = MethodType.fromMethodDescriptorString(signature, loader).parameterArray();
        try {
            if (kind == MethodHandleInfo.REF_newInvokeSpecial) {
                Constructor<?> constructor = owner.getDeclaredConstructor(parameters);
                constructor.setAccessible(true);
                constructor.newInstance(captured);
            } else if (kind == MethodHandleInfo.REF_invokeStatic) {
                Method body = owner.getDeclaredMethod(method, parameters);
                body.setAccessible(true);
                body.invoke(null, captured);
            } else {
                Method body = findInstanceMethod(owner, parameters);
                body.setAccessible(true);
                body.invoke(captured[0], Arrays.copyOfRange(captured, 1, captured.length));
            }
        } catch (InvocationTargetException e) {
            throw rethrown(e.getCause());
        }
    }

    /** A method reference may name a method that the class inherits. */
    private Method findInstanceMethod(Class<?> owner, Class<?>[] parameters) throws NoSuchMethodException {
        for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod(method, parameters);
            } catch (NoSuchMethodException e) {
                // look further up
            }
        }
        return owner.getMethod(method, parameters);
    }

    /** The target's own exception, as the lambda would have thrown it. */
    private static Exception rethrown(Throwable cause) {
        if (cause instanceof Exception e) {
            return e;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new Exception(cause);
    }
}
