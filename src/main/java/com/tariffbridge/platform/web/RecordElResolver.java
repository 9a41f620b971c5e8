package com.tariffbridge.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Lets pages read record components as properties ({@code #{account.displayName}}). Expression
 * Language 5 (Jakarta EE 10) only knows getters; EL 6 adds this resolver itself. Read-only, as
 * records are.
 */
public class RecordElResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        var component = component(base, property);
        if (component.isEmpty()) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return component.get().getAccessor().invoke(base);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new jakarta.el.ELException(
                    "cannot read " + property + " of " + base.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        var component = component(base, property);
        if (component.isEmpty()) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property).isPresent()) {
            throw new PropertyNotWritableException(property + " of a record is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property).isEmpty()) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }

    private static Optional<RecordComponent> component(Object base, Object property) {
        if (!(base instanceof Record) || !(property instanceof String name)) {
            return Optional.empty();
        }
        return Arrays.stream(base.getClass().getRecordComponents())
                .filter(c -> c.getName().equals(name))
                .findFirst();
    }
}
