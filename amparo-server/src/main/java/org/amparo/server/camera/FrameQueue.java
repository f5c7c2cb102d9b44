package org.amparo.server.camera;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * A bounded hand-over between a camera's reader and its matcher. When full, {@link #offer} drops the oldest
 * waiting item to make room and counts it: a slow matcher always works on the freshest frames, and the reader
 * never blocks. Thread-safe.
 *
 * @param <T> the item
 */
public final class FrameQueue<T> {
    private final int capacity;
    private final ArrayDeque<T> items;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private long offered;
    private long dropped;

    public FrameQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.items = new ArrayDeque<>(capacity);
    }

    /** Adds {@code item}; returns whether an older item was dropped for it. */
    public boolean offer(T item) {
        lock.lock();
        try {
            offered++;
            boolean full = items.size() >= capacity;
            if (full) {
                items.pollFirst();
                dropped++;
            }
            items.addLast(item);
            notEmpty.signal();
            return full;
        } finally {
            lock.unlock();
        }
    }

    /** The oldest item, waiting up to {@code timeout}; null when none came. */
    public @Nullable T poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (items.isEmpty()) {
                if (nanos <= 0) {
                    return null;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return items.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    /** Drops every waiting item without counting it as dropped for back-pressure; returns how many. */
    public int clear() {
        lock.lock();
        try {
            int n = items.size();
            items.clear();
            return n;
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }

    public int capacity() {
        return capacity;
    }

    /** Items ever offered. */
    public long offered() {
        lock.lock();
        try {
            return offered;
        } finally {
            lock.unlock();
        }
    }

    /** Items dropped because the queue was full. */
    public long dropped() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }
}
