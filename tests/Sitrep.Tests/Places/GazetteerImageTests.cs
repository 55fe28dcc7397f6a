using System.IO.MemoryMappedFiles;
using Sitrep.Places;

namespace Sitrep.Tests.Places;

public sealed class GazetteerImageTests
{
    [Fact]
    public void A_mapped_image_holds_every_array_and_answers_like_the_inflated_gazetteer()
    {
        var inflated = Gazetteer.Load(useImage: false);
        using var mapped = Map(Image());
        Assert.True(mapped.Image.Matches(Gazetteer.EmbeddedStamp()));
        var image = mapped.Image.Open(StopWords());

        Assert.True(image.FromImage);
        Assert.False(inflated.FromImage);
        Assert.Equal(inflated.MaxWords, image.MaxWords);
        Assert.True(inflated.Entries.Strings.Utf8.Span.SequenceEqual(image.Entries.Strings.Utf8.Span));
        Assert.True(inflated.Entries.Strings.Starts.Span.SequenceEqual(image.Entries.Strings.Starts.Span));
        Assert.True(inflated.Entries.Columns.Kinds.Span.SequenceEqual(image.Entries.Columns.Kinds.Span));
        var columns = inflated.Entries.Columns.IntColumns.Zip(image.Entries.Columns.IntColumns);
        Assert.All(columns, pair => Assert.True(pair.First.Span.SequenceEqual(pair.Second.Span)));
        foreach (var (a, b) in new[] { (inflated.Names, image.Names), (inflated.DistrictStems, image.DistrictStems) })
        {
            Assert.True(a.Parts.Slots.Span.SequenceEqual(b.Parts.Slots.Span));
            Assert.True(a.Parts.Postings.Span.SequenceEqual(b.Parts.Postings.Span));
            Assert.True(a.Parts.Utf8.Span.SequenceEqual(b.Parts.Utf8.Span));
        }

        Assert.Equal(inflated.Demonyms.OrderBy(p => p.Key, StringComparer.Ordinal), image.Demonyms.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(inflated.Lookups.AnyCaseStarts.Order(StringComparer.Ordinal), image.Lookups.AnyCaseStarts.Order(StringComparer.Ordinal));
        Assert.NotEmpty(image.Lookups.AnyCaseStarts);
        Assert.Equal(inflated.Lookups.Admin1ByCode.OrderBy(p => p.Key, StringComparer.Ordinal), image.Lookups.Admin1ByCode.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(inflated.Lookups.CountryByIso.OrderBy(p => p.Key, StringComparer.Ordinal), image.Lookups.CountryByIso.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal("UA", image.Country("UA")!.Country);
        var kharkiv = image.Lookup("kharkov").ToArray().Select(h => image.Entries[h.Entry]).Single(e => e.Name == "Kharkiv" && e.Kind == Sitrep.Reporting.PlaceKind.City);
        var same = inflated.Entries[kharkiv.Index];
        Assert.Equal((same.Name, same.FeatureCode, same.Country, same.Admin1Code, same.Admin2Code, same.Iso, same.Lat, same.Lon, same.GeonamesId, same.Population),
            (kharkiv.Name, kharkiv.FeatureCode, kharkiv.Country, kharkiv.Admin1Code, kharkiv.Admin2Code, kharkiv.Iso, kharkiv.Lat, kharkiv.Lon, kharkiv.GeonamesId, kharkiv.Population));
        Assert.Equal("Sumy Oblast", image.Admin1("UA.21")!.Name);
        Assert.True(image.IsStopWord("police"));
        Assert.False(image.Contains("qwxzvillehamlet"));
    }

    [Fact]
    public void The_same_data_always_writes_the_same_image()
    {
        Assert.True(Image().AsSpan().SequenceEqual(Image()));
    }

    [Fact]
    public void An_image_of_other_data_or_another_layout_is_not_used()
    {
        var bytes = Image();
        var stamp = Gazetteer.EmbeddedStamp();
        using (var mapped = Map(bytes))
        {
            Assert.False(mapped.Image.Matches(stamp with { Trailer = stamp.Trailer ^ 1 }));
            Assert.False(mapped.Image.Matches(stamp with { Length = stamp.Length + 1 }));
        }

        bytes[8]++; // the layout version
        using (var mapped = Map(bytes))
        {
            Assert.False(mapped.Image.Matches(stamp));
        }

        using (var mapped = Map(bytes[..64]))
        {
            bytes[8]--;
            Assert.False(mapped.Image.Matches(stamp)); // the announced length runs past the file
        }
    }

    [Fact]
    public void A_truncated_image_is_refused_with_its_reason()
    {
        var bytes = Image();
        BitConverter.TryWriteBytes(bytes.AsSpan(32, 8), (long)(bytes.Length / 2)); // announce (and keep) only half
        using var mapped = Map(bytes[..(bytes.Length / 2)]);
        Assert.True(mapped.Image.Matches(Gazetteer.EmbeddedStamp()));
        var refused = Assert.Throws<InvalidDataException>(() => mapped.Image.Open(StopWords()));
        Assert.Contains("truncated", refused.Message, StringComparison.Ordinal);
    }

    private static System.Collections.Frozen.FrozenSet<string> StopWords() =>
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["police"], StringComparer.Ordinal);

    private static byte[] Image()
    {
        using var output = new MemoryStream();
        GazetteerInfo.WriteImage(output);
        return output.ToArray();
    }

    private static MappedImage Map(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-image-test-{Guid.NewGuid():N}.img");
        File.WriteAllBytes(path, bytes);
        var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        var view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        File.Delete(path); // the mapping stays valid on Linux and macOS
        return new MappedImage(file, view, new GazetteerImage(view.SafeMemoryMappedViewHandle));
    }

    // The tests' own mappings are closed at the end (the CLI keeps its one open for the process).
    private sealed record MappedImage(MemoryMappedFile File, MemoryMappedViewAccessor View, GazetteerImage Image) : IDisposable
    {
        public void Dispose()
        {
            Image.Dispose();
            View.Dispose();
            File.Dispose();
        }
    }
}
