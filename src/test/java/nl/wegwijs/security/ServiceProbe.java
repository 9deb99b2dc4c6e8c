package nl.wegwijs.security;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.core.Authentication;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/** Finds the public service methods of the module APIs and asks each, through its Spring proxy, whether an identity may call it. */
final class ServiceProbe {

    private static final Pattern MODULE_API = Pattern.compile("nl\\.wegwijs\\.[a-z]+");

    /** A public method of a public bean in a module's root package. */
    record ServiceMethod(String beanName, Class<?> type, Method method) {

        String name() {
            return type.getName() + "#" + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                    .map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
        }

        boolean hasDecision() {
            return AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
                    || AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class)
                    || Views.hasJsr250Decision(method) || Views.hasJsr250Decision(type);
        }
    }

    private final ApplicationContext context;
    private final TransactionTemplate transactions;
    private final PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();

    ServiceProbe(ApplicationContext context) {
        this.context = context;
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        var handler = context.getBeanProvider(MethodSecurityExpressionHandler.class).getIfAvailable(() -> {
            var fallback = new DefaultMethodSecurityExpressionHandler();
            fallback.setApplicationContext(context);
            return fallback;
        });
        preAuthorize.setExpressionHandler(handler);
    }

    List<ServiceMethod> methods() {
        return Arrays.stream(context.getBeanDefinitionNames())
                .filter(name -> context.getType(name) != null)
                .map(name -> new Object[] {name, ClassUtils.getUserClass(context.getType(name))})
                .filter(pair -> isModuleService((Class<?>) pair[1]))
                .flatMap(pair -> Arrays.stream(((Class<?>) pair[1]).getDeclaredMethods())
                        .filter(ServiceProbe::isPublicInstanceMethod)
                        .map(method -> new ServiceMethod((String) pair[0], (Class<?>) pair[1], method)))
                .toList();
    }

    /** Invokes the method through the proxy with nulls and zeros, in a transaction that is rolled back. */
    boolean invokeAllows(ServiceMethod target) {
        Object bean = context.getBean(target.beanName());
        Method method = AopUtils.selectInvocableMethod(target.method(), bean.getClass());
        Object[] arguments = Arrays.stream(method.getParameterTypes()).map(ServiceProbe::neutral).toArray();
        Throwable outcome = transactions.execute(status -> {
            status.setRollbackOnly();
            try {
                method.invoke(bean, arguments);
                return null;
            } catch (InvocationTargetException e) {
                return e.getCause();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
        return !(outcome instanceof AuthorizationDeniedException denied && deniedAtTheDoor(denied, target.type()));
    }

    /** Evaluates the method's {@code @PreAuthorize} as the interceptor would, without running the method. */
    boolean annotationAllows(ServiceMethod target, Supplier<Authentication> authentication) {
        Object[] arguments = Arrays.stream(target.method().getParameterTypes()).map(ServiceProbe::neutral).toArray();
        var invocation = new SimpleMethodInvocation(context.getBean(target.beanName()), target.method(), arguments);
        var result = preAuthorize.authorize(authentication, invocation);
        return result == null || result.isGranted();
    }

    /** Refused by the proxy itself, not by a check inside the method (whose frames would be on the stack). */
    private static boolean deniedAtTheDoor(Throwable denied, Class<?> type) {
        return Arrays.stream(denied.getStackTrace()).noneMatch(frame -> frame.getClassName().equals(type.getName()));
    }

    private static boolean isModuleService(Class<?> type) {
        return Modifier.isPublic(type.getModifiers()) && MODULE_API.matcher(type.getPackageName()).matches()
                && AnnotatedElementUtils.hasAnnotation(type, Component.class)
                && !AnnotatedElementUtils.hasAnnotation(type, Configuration.class)
                && !AnnotatedElementUtils.hasAnnotation(type, ConfigurationProperties.class);
    }

    private static boolean isPublicInstanceMethod(Method method) {
        return Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                && !method.isSynthetic() && !method.isBridge();
    }

    private static Object neutral(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        return switch (type.getName()) {
            case "long" -> 0L;
            case "double" -> 0d;
            case "float" -> 0f;
            case "short" -> (short) 0;
            case "byte" -> (byte) 0;
            default -> 0;
        };
    }
}
