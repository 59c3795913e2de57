package org.opensrdi.sdk.internal.validation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * A fast first pass of layer 3 that answers one question: is a model object <em>certainly</em>
 * free of Bean Validation violations? Built from Hibernate Validator's own metadata of each class
 * ({@code getConstraintsForClass}), so it checks exactly the constraints Hibernate Validator would,
 * with the same semantics: {@code @NotNull}, {@code @Min}, {@code @Max}, {@code @DecimalMin},
 * {@code @DecimalMax} on integers and {@code BigDecimal}, {@code @Size} on strings (UTF-16 units),
 * collections and maps, {@code @Pattern} with {@code Matcher.matches()}, and {@code @Valid}
 * cascades into beans, lists and map values. When the answer is yes the engine skips Hibernate
 * Validator; otherwise it runs it, and its violations (possibly none) are the result. A class with
 * any other kind of constraint (class-level, composed, other groups, container element
 * constraints, a constraint on a value type not listed) is never certain. Thread-safe.
 * Internal, not API.
 */
final class BeanPrecheck {

    /** One class's properties to check, or {@code null} when the class is never certain. */
    private record Plan(Property[] properties) {
    }

    /**
     * One property: how to read it, what must hold, whether to look inside, and a class whose
     * instances need no look inside (a JDK value such as {@code BigDecimal} behind {@code @Valid}).
     */
    private record Property(MethodHandle getter, ValueCheck[] constraints, boolean cascade, Class<?> plainType) {
    }

    /** One constraint on a property's value. */
    @FunctionalInterface
    private interface ValueCheck {
        boolean test(Object value);
    }

    private static final Plan NEVER_CERTAIN = new Plan(null);
    private static final int MAX_DEPTH = 32;

    private final jakarta.validation.Validator validator;
    private final Map<Class<?>, Plan> plans = new ConcurrentHashMap<>();

    BeanPrecheck(jakarta.validation.Validator validator) {
        this.validator = validator;
    }

    /**
     * Builds the plans of a class and of every class its cascaded properties declare, so that the
     * first records do not pay for Hibernate Validator's metadata (done while the engine starts).
     *
     * @param root the class of the beans to check
     */
    void prepare(Class<?> root) {
        prepare(root, new java.util.HashSet<>());
    }

    private void prepare(Class<?> type, Set<Class<?>> seen) {
        if (!seen.add(type) || type.getName().startsWith("java.") || type.isPrimitive()) {
            return;
        }
        plans.computeIfAbsent(type, this::plan);
        for (PropertyDescriptor property : validator.getConstraintsForClass(type).getConstrainedProperties()) {
            Method getter = getter(type, property.getPropertyName());
            boolean cascaded = property.isCascaded()
                    || property.getConstrainedContainerElementTypes().stream().anyMatch(e -> e.isCascaded());
            if (getter != null && cascaded) {
                prepareDeclared(getter.getGenericReturnType(), seen);
            }
        }
    }

    private void prepareDeclared(java.lang.reflect.Type declared, Set<Class<?>> seen) {
        if (declared instanceof Class<?> type) {
            prepare(type, seen);
        } else if (declared instanceof java.lang.reflect.ParameterizedType parameterized) {
            for (java.lang.reflect.Type argument : parameterized.getActualTypeArguments()) {
                prepareDeclared(argument, seen);
            }
        }
    }

    /**
     * Whether the bean certainly has no violation; {@code false} means "run Hibernate Validator".
     *
     * @param bean a model object
     * @return {@code true} only if Hibernate Validator would report no violation
     */
    boolean certainlyValid(Object bean) {
        try {
            return bean != null && valid(bean, 0);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean valid(Object bean, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        Plan plan = plans.computeIfAbsent(bean.getClass(), this::plan);
        if (plan.properties() == null) {
            return false;
        }
        for (Property property : plan.properties()) {
            Object value;
            try {
                value = (Object) property.getter().invokeExact(bean);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                return false; // a getter's checked exception: let Hibernate Validator meet it
            }
            for (ValueCheck constraint : property.constraints()) {
                if (!constraint.test(value)) {
                    return false;
                }
            }
            if (property.cascade() && value != null && value.getClass() != property.plainType() && !cascade(value, depth)) {
                return false;
            }
        }
        return true;
    }

    /** Looks inside a cascaded value: the elements of lists and the values of maps, else the bean. */
    private boolean cascade(Object value, int depth) {
        if (value instanceof Collection<?> elements) {
            for (Object element : elements) {
                if (element != null && !valid(element, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            for (Object element : map.values()) {
                if (element != null && !valid(element, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (value.getClass().isArray() || value instanceof Iterable || value instanceof java.util.Optional) {
            return false;
        }
        return valid(value, depth + 1);
    }

    private Plan plan(Class<?> type) {
        if (type.getName().startsWith("java.")) {
            // JDK values (BigDecimal in a cascaded map, for example) carry no constraints.
            return validator.getConstraintsForClass(type).isBeanConstrained() ? NEVER_CERTAIN : new Plan(new Property[0]);
        }
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        if (!bean.getConstraintDescriptors().isEmpty()) {
            return NEVER_CERTAIN;
        }
        List<Property> properties = new ArrayList<>();
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            Method getter = getter(type, property.getPropertyName());
            if (getter == null || !property.getGroupConversions().isEmpty()) {
                return NEVER_CERTAIN;
            }
            boolean cascade = property.isCascaded();
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                if (!element.getConstraintDescriptors().isEmpty() || !element.getConstrainedContainerElementTypes().isEmpty()
                        || !element.getGroupConversions().isEmpty()) {
                    return NEVER_CERTAIN;
                }
                if (element.isCascaded()) {
                    if (Map.class.isAssignableFrom(element.getContainerClass()) && element.getTypeArgumentIndex() == 0) {
                        return NEVER_CERTAIN; // keys are not looked into here
                    }
                    cascade = true;
                }
            }
            List<ValueCheck> constraints = new ArrayList<>();
            for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                ValueCheck check = constraint(constraint);
                if (check == null) {
                    return NEVER_CERTAIN;
                }
                constraints.add(check);
            }
            MethodHandle handle;
            try {
                handle = MethodHandles.publicLookup().unreflect(getter).asType(MethodType.methodType(Object.class, Object.class));
            } catch (IllegalAccessException e) {
                return NEVER_CERTAIN;
            }
            Class<?> declared = getter.getReturnType();
            Class<?> plainType = cascade && declared.getName().startsWith("java.") && !Collection.class.isAssignableFrom(declared)
                    && !Map.class.isAssignableFrom(declared) && !declared.isArray()
                    && !validator.getConstraintsForClass(declared).isBeanConstrained() ? declared : Void.class;
            properties.add(new Property(handle, constraints.toArray(new ValueCheck[0]), cascade, plainType));
        }
        return new Plan(properties.toArray(new Property[0]));
    }

    /** The public getter Hibernate Validator reads a property with, or {@code null}. */
    private static Method getter(Class<?> type, String name) {
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String prefix : new String[] {"get", "is", "has"}) {
            try {
                Method method = type.getMethod(prefix + capitalised);
                if (Modifier.isPublic(method.getDeclaringClass().getModifiers()) && method.getReturnType() != void.class) {
                    return method;
                }
            } catch (NoSuchMethodException e) {
                // try the next prefix
            }
        }
        return null;
    }

    /** The check of one constraint with Hibernate Validator's semantics, or {@code null} if unknown. */
    private static ValueCheck constraint(ConstraintDescriptor<?> descriptor) {
        if (!descriptor.getComposingConstraints().isEmpty() || !descriptor.getGroups().equals(Set.of(Default.class))
                || descriptor.getValueUnwrapping() != ValidateUnwrappedValue.DEFAULT) {
            return null;
        }
        Annotation annotation = descriptor.getAnnotation();
        if (annotation instanceof NotNull) {
            return value -> value != null;
        }
        if (annotation instanceof Min min) {
            long limit = min.value();
            BigDecimal exactLimit = BigDecimal.valueOf(limit);
            return value -> value == null || (value instanceof Integer || value instanceof Long
                    ? ((Number) value).longValue() >= limit : compare(value, exactLimit) >= 0);
        }
        if (annotation instanceof Max max) {
            long limit = max.value();
            BigDecimal exactLimit = BigDecimal.valueOf(limit);
            return value -> value == null || (value instanceof Integer || value instanceof Long
                    ? ((Number) value).longValue() <= limit : compare(value, exactLimit) <= 0);
        }
        if (annotation instanceof DecimalMin min) {
            BigDecimal limit = new BigDecimal(min.value());
            boolean inclusive = min.inclusive();
            return value -> value == null || (inclusive ? compare(value, limit) >= 0 : compare(value, limit) > 0);
        }
        if (annotation instanceof DecimalMax max) {
            BigDecimal limit = new BigDecimal(max.value());
            boolean inclusive = max.inclusive();
            return value -> value == null || (inclusive ? compare(value, limit) <= 0 : compare(value, limit) < 0);
        }
        if (annotation instanceof Size size) {
            int min = size.min();
            int max = size.max();
            return value -> {
                int length;
                if (value == null) {
                    return true;
                } else if (value instanceof CharSequence text) {
                    length = text.length();
                } else if (value instanceof Collection<?> collection) {
                    length = collection.size();
                } else if (value instanceof Map<?, ?> map) {
                    length = map.size();
                } else {
                    throw new IllegalArgumentException("not certain");
                }
                return length >= min && length <= max;
            };
        }
        if (annotation instanceof Pattern pattern) {
            int flags = 0;
            for (Pattern.Flag flag : pattern.flags()) {
                flags |= flag.getValue();
            }
            java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern.regexp(), flags);
            // One matcher per thread and pattern, reset for each value, instead of one per value.
            ThreadLocal<Matcher> matchers = ThreadLocal.withInitial(() -> compiled.matcher(""));
            return value -> value == null || value instanceof CharSequence text && matchers.get().reset(text).matches();
        }
        return null;
    }

    /** Compares an integer or decimal exactly; other types are never certain. */
    private static int compare(Object value, BigDecimal limit) {
        BigDecimal exact;
        if (value instanceof BigDecimal decimal) {
            exact = decimal;
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            exact = BigDecimal.valueOf(((Number) value).longValue());
        } else if (value instanceof BigInteger integer) {
            exact = new BigDecimal(integer);
        } else {
            throw new IllegalArgumentException("not certain");
        }
        return exact.compareTo(limit);
    }
}
