using System.Runtime.CompilerServices;

namespace Sitrep.Places;

/// <summary>
/// A read-only array of the gazetteer: either a managed array (decompressed from the embedded data) or a
/// stretch of a memory-mapped gazetteer image (<see cref="GazetteerImage"/>) that its owner keeps mapped for
/// the life of the process. One type for both, so the lookups run the same code on either.
/// </summary>
internal readonly unsafe struct Column<T>
    where T : unmanaged
{
    private readonly T[]? _array;
    private readonly T* _pointer;

    /// <summary>A column over <paramref name="array"/>.</summary>
    public Column(T[] array)
    {
        _array = array;
        Length = array.Length;
    }

    /// <summary>A column over <paramref name="length"/> items at <paramref name="pointer"/>, which must stay valid while the column is used.</summary>
    public Column(T* pointer, int length)
    {
        _pointer = pointer;
        Length = length;
    }

    /// <summary>Number of items.</summary>
    public int Length { get; }

    /// <summary>The items.</summary>
    public ReadOnlySpan<T> Span
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _array is { } array ? array : new ReadOnlySpan<T>(_pointer, Length);
    }

    /// <summary>Item <paramref name="i"/>; out of range throws.</summary>
    public T this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_array is { } array)
            {
                return array[i];
            }

            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)i, (uint)Length, nameof(i));
            return _pointer[i];
        }
    }

    public static implicit operator Column<T>(T[] array) => new(array);
}
