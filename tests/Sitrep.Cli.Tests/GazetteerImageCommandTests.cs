using Sitrep.Places;

namespace Sitrep.Cli.Tests;

public sealed class GazetteerImageCommandTests
{
    [Fact]
    public void Gazetteer_image_writes_the_engine_image_in_place_of_an_old_file_and_leaves_no_temporary()
    {
        using var folder = new TempFolder();
        var path = folder.File("gazetteer.img", "an older image");

        var run = CliRun.Of("gazetteer", "image", "--output", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("gazetteer.img: ", run.Output, StringComparison.Ordinal);
        using var expected = new MemoryStream();
        GazetteerInfo.WriteImage(expected);
        Assert.True(expected.ToArray().AsSpan().SequenceEqual(File.ReadAllBytes(path)));
        Assert.Equal(["gazetteer.img"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }
}
