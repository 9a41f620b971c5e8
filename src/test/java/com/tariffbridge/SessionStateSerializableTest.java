package com.tariffbridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On a group of servers the HTTP session, view-scoped beans included, is written to the shared
 * database after every request (docs/liberty/tariff-bridge-sessions.xml); one value that cannot be
 * serialized loses the whole session, and the customer's next request on another server finds no
 * flow. Passwords typed into a form must never be written there.
 */
class SessionStateSerializableTest {

    private static final List<Class<?>> SESSION_HELD = sessionHeldBeans();

    @Test
    void everyValueAPageKeepsInTheSessionCanBeWrittenToTheSessionStore() {
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : SESSION_HELD) {
            assertThat(Serializable.class).isAssignableFrom(bean);
            for (Field field : keptFields(bean)) {
                check(
                        field.getGenericType(),
                        bean.getSimpleName() + "." + field.getName(),
                        problems,
                        new HashSet<>());
            }
        }
        assertThat(problems).as("values held in the session that cannot be serialized").isEmpty();
    }

    @Test
    void aTypedPasswordIsNeverKeptInTheSession() {
        assertThat(SESSION_HELD).isNotEmpty();
        List<String> kept = new ArrayList<>();
        for (Class<?> bean : SESSION_HELD) {
            for (Field field : keptFields(bean)) {
                if (field.getName().toLowerCase().contains("password")) {
                    kept.add(bean.getSimpleName() + "." + field.getName());
                }
            }
        }
        assertThat(kept).as("password fields that are not transient").isEmpty();
    }

    private static List<Class<?>> sessionHeldBeans() {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().importPath(Paths.get("target/classes"))) {
            if (type.isAnnotatedWith(ViewScoped.class)
                    || type.isAnnotatedWith(SessionScoped.class)) {
                beans.add(type.reflect());
            }
        }
        return beans;
    }

    private static List<Field> keptFields(Class<?> bean) {
        List<Field> fields = new ArrayList<>();
        for (Field field : bean.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            // Injected beans are serialized as Weld's proxies, which resolve again on the other
            // side.
            if (!Modifier.isStatic(modifiers)
                    && !Modifier.isTransient(modifiers)
                    && !field.isAnnotationPresent(Inject.class)) {
                fields.add(field);
            }
        }
        return fields;
    }

    private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (!Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw)) {
                check(raw, path, problems, seen);
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", problems, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> value) || value.isPrimitive() || value.isEnum()) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(value)) {
            problems.add(path + ": " + value.getName());
            return;
        }
        if (value.isRecord()) {
            for (RecordComponent component : value.getRecordComponents()) {
                check(component.getGenericType(), path + "." + component.getName(), problems, seen);
            }
        }
    }
}
