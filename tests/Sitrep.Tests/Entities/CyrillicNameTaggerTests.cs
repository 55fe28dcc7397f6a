using Sitrep.Entities.Cyrillic;
using Sitrep.Entities.Ner;
using Sitrep.Text;

namespace Sitrep.Tests.Entities;

/// <summary>The Ukrainian and Russian name rules, on sentences written for these tests.</summary>
public sealed class CyrillicNameTaggerTests
{
    [Theory]
    [InlineData("Про це повідомив голова Харківської ОВА Олег Синєгубов .", "Location:Харківської | Organization:ОВА | Person:Олег Синєгубов")]
    [InlineData("У Харкові пошкоджено будинок .", "Location:Харкові")]
    [InlineData("Об этом сообщил губернатор Гладков .", "Person:Гладков")]
    [InlineData("Встреча прошла в МИД России .", "Organization:МИД России")]
    [InlineData("Вчера Министерство обороны России сообщило о перехвате .", "Organization:Министерство обороны России")]
    [InlineData("Заявление сделал Дональд Трамп в Вашингтоне .", "Person:Дональд Трамп | Location:Вашингтоне")]
    [InlineData("С визитом прибыл Юхан Бергквист , глава делегации .", "Person:Юхан Бергквист")]
    [InlineData("Енергетики компанії « Укренерго » працюють .", "Organization:Укренерго")]
    [InlineData("В. Ковальчук підписав наказ .", "Person:В. Ковальчук")]
    [InlineData("Делегація США прибула до Києва .", "Location:США | Location:Києва")]
    [InlineData("За даними ЗМІ , ДСНС ліквідувала пожежу .", "Organization:ДСНС")]
    [InlineData("Уламки впали в Бобрівці .", "Location:Бобрівці")]
    public void Tags_names(string sentence, string expected)
    {
        Assert.Equal(expected, Tag(sentence));
    }

    [Fact]
    public void A_surname_seen_before_keeps_its_type_in_other_cases()
    {
        var tagger = new CyrillicNameTagger();
        Tag("Олег Синєгубов повідомив про удар .", tagger);

        Assert.Equal("Person:Синєгубова", Tag("Слова Синєгубова підтвердили .", tagger));
    }

    private static string Tag(string sentence, CyrillicNameTagger? tagger = null)
    {
        var words = sentence.Split(' ');
        var spans = new TextSpan[words.Length];
        var position = 0;
        for (var k = 0; k < words.Length; k++)
        {
            spans[k] = new TextSpan(position, position + words[k].Length);
            position += words[k].Length + 1;
        }

        var labels = new byte[words.Length];
        (tagger ?? new CyrillicNameTagger()).Tag(sentence, spans, labels);
        var found = new List<string>();
        NerDecoder.Spans(labels, (start, end, type) => found.Add($"{type}:{string.Join(' ', words[start..end])}"));
        return string.Join(" | ", found);
    }
}
