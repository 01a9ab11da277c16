"""Known answers for Philox4x32-10, from an implementation independent of Demarche.

Prints the Swift literals pinned in PhiloxKnownAnswerTests.swift and
ValueStabilityTests.swift. Regenerate with (from this folder; GSL 2.7.1,
Debian bookworm, Python 3.11, randomgen 2.5.1, numpy 2.4):

    python3 -m venv /tmp/philox-venv && /tmp/philox-venv/bin/pip install randomgen numpy
    gcc -O2 -o /tmp/philox_gsl_draws philox_gsl_draws.c $(gsl-config --libs)
    /tmp/philox-venv/bin/python philox_reference.py /tmp/philox_gsl_draws

Words come from randomgen's Philox(number=4, width=32), which increments its
128-bit counter *before* each block: the block of counter c is what it gives
first when started at c - 1 (mod 2^128). Stream keys are an independent
transcription of Demarche's StreamID (FNV-1a, SplitMix64) and StreamKey.
The distributions' first draws come from GSL itself (philox_gsl_draws.c),
fed randomgen's words for key 42, counter 0 (RandomStream(seed: 42,
algorithm: .philox4x32)).
"""
import subprocess
import sys

from randomgen import Philox

MASK32 = 0xFFFFFFFF
MASK64 = 0xFFFFFFFFFFFFFFFF


def words(counter, key, count):
    """`count` 32-bit outputs starting with the block of `counter` (an int < 2^128) under `key` (< 2^64)."""
    generator = Philox(key=key, counter=(counter - 1) % 2**128, number=4, width=32)
    next_uint32, state = generator.ctypes.next_uint32, generator.ctypes.state
    return [next_uint32(state) for _ in range(count)]


def counter_int(c0, c1, c2, c3):
    return c0 | c1 << 32 | c2 << 64 | c3 << 96


def split_mix64(value):
    z = (value + 0x9E3779B97F4A7C15) & MASK64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
    return z ^ (z >> 31)


def stream_id(name):
    h = 0xCBF29CE484222325
    for byte in name.encode():
        h = ((h ^ byte) * 0x100000001B3) & MASK64
    return split_mix64(h)


def stream_key(master, variant, name):
    raw = stream_id(name)
    return split_mix64(split_mix64(split_mix64(master) ^ variant) ^ raw), raw & MASK32


def hex32(values):
    return "[" + ", ".join(f"0x{v:08X}" for v in values) + "]"


print("// Blocks: (counter c0…c3, key) → four words")
blocks = [
    ((0, 0, 0, 0), 0),
    ((MASK32, MASK32, MASK32, MASK32), MASK64),
    ((0x243F6A88, 0x85A308D3, 0x13198A2E, 0x03707344), 0xA4093822 | 0x299F31D0 << 32),
    ((1, 0, 0, 0), 0),
    ((0, 0, 1, 0), 1),
    ((0, 0, 0, 0x80000000), 0x8000000000000000),
    ((12345, 0, 67, 89), 0x0123456789ABCDEF),
]
for counter, key in blocks:
    c = ", ".join(f"0x{w:08X}" for w in counter)
    print(f"Block(counter: ({c}), key: 0x{key:016X}, words: {hex32(words(counter_int(*counter), key, 4))}),")

print("\n// Sequences across carries: 12 words from a start counter")
sequences = [
    ((MASK32, 0, 0, 0), 7),                      # word 0 carries into word 1
    ((MASK32, MASK32, 0, 5), 7),                 # words 0-1 carry into the replication word
    ((MASK32, MASK32, MASK32, 0), 0xFFFFFFFF00000000),  # carries into the last word
    ((MASK32, MASK32, MASK32, MASK32), MASK64),  # the whole counter wraps to 0
]
for counter, key in sequences:
    c = ", ".join(f"0x{w:08X}" for w in counter)
    print(f"Block(counter: ({c}), key: 0x{key:016X}, words: {hex32(words(counter_int(*counter), key, 12))}),")

print("\n// Streams: (master, variant, replication, stream) → key, tag, first six words")
streams = [
    (1, 0, 0, "decisions"),
    (1, 0, 1, "decisions"),
    (2, 0, 0, "decisions"),
    (1, 7, 0, "decisions"),
    (1, 0, 0, "courts"),
    (MASK64, MASK64, MASK32, "decisions"),
]
for master, variant, replication, name in streams:
    key, tag = stream_key(master, variant, name)
    out = words(counter_int(0, 0, replication, tag), key, 6)
    print(f'StreamCase(master: 0x{master:X}, variant: 0x{variant:X}, replication: 0x{replication:X}, stream: "{name}", '
          f"key: 0x{key:016X}, tag: 0x{tag:08X}, words: {hex32(out)}),")

if len(sys.argv) > 1:
    print("\n// GSL distributions drawing from key 42, counter 0")
    feed = "\n".join(str(w) for w in words(0, 42, 4096))
    print(subprocess.run([sys.argv[1]], input=feed, capture_output=True, text=True, check=True).stdout, end="")
