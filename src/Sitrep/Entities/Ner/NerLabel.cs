namespace Sitrep.Entities.Ner;

/// <summary>The harmonised entity types the NER model tags.</summary>
internal enum NerType : byte
{
    /// <summary>Outside any entity.</summary>
    None = 0,
    /// <summary>A person.</summary>
    Person = 1,
    /// <summary>An organisation.</summary>
    Organization = 2,
    /// <summary>A location or geo-political entity (countries, cities, regions).</summary>
    Location = 3,
    /// <summary>A nationality, religious or political group ("Russian", "the Russians").</summary>
    Group = 4,
}

/// <summary>
/// BILOU labels as bytes: 0 is O; for type t (1..4) and position p (B=0, I=1, L=2, U=3) the label is
/// <c>1 + (t - 1) * 4 + p</c>. Transitions are constrained so every decoded sequence is well formed.
/// </summary>
internal static class NerLabel
{
    /// <summary>Number of labels.</summary>
    public const int Count = 17;

    /// <summary>Position of a label inside its span.</summary>
    public const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    /// <summary>The label of <paramref name="type"/> at <paramref name="position"/>.</summary>
    public static byte Of(NerType type, int position) => type == NerType.None ? (byte)0 : (byte)(1 + (((int)type - 1) * 4) + position);

    /// <summary>The type of <paramref name="label"/>.</summary>
    public static NerType TypeOf(int label) => label == 0 ? NerType.None : (NerType)(1 + ((label - 1) / 4));

    /// <summary>The position of <paramref name="label"/> (meaningless for O).</summary>
    public static int PositionOf(int label) => (label - 1) % 4;

    /// <summary>True when <paramref name="label"/> opens a span that must continue.</summary>
    public static bool IsOpen(int label) => label != 0 && PositionOf(label) is Begin or Inside;

    /// <summary>True when <paramref name="next"/> may follow <paramref name="previous"/>; at the sentence end only closed labels.</summary>
    public static bool Allowed(int previous, int next, bool last)
    {
        if (IsOpen(previous))
        {
            return TypeOf(next) == TypeOf(previous) && (last ? PositionOf(next) == Last : PositionOf(next) is Inside or Last);
        }

        return next == 0 || (last ? PositionOf(next) == Unit : PositionOf(next) is Begin or Unit);
    }

    /// <summary>Readable name such as <c>B-PER</c>.</summary>
    public static string Name(int label) => label == 0
        ? "O"
        : "BILU"[PositionOf(label)] + "-" + TypeOf(label) switch
        {
            NerType.Person => "PER",
            NerType.Organization => "ORG",
            NerType.Location => "LOC",
            _ => "NORP",
        };
}
